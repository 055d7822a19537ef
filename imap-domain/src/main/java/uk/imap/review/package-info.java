/**
 * The Caldicott Guardian's review queue: every exception to ordinary sharing and access (consent not sought, an
 * approved override, a sensitive disclosure, emergency access) is queued for review with a verdict and a comment.
 */
package uk.imap.review;
