/**
 * Signing in and out, and telling people who they are signed in as: GET /me, the page header and me.xhtml.
 * It must not decide access: the EJB boundaries do.
 */
package uk.imap.access;
