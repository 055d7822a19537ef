/**
 * Control for reviews: the Caldicott Guardian's review queue that sharing and overrides feed. It checks no role; only
 * the boundaries call it.
 */
package uk.imap.review.control;
