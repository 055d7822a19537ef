/** The Caldicott Guardian's review queue over REST and as a page. */
package uk.imap.review;
