/** What every page shares: notices at the top of a page, and messages beside the fields a refusal names. */
package uk.imap.web;
