/** The Caldicott Guardian's review queue: raising items where they happen, and reviewing them. */
package uk.imap.review;
