/**
 * Control for consent: the override history a case file shows. It checks no role; only the boundaries call it, after
 * their own checks.
 */
package uk.imap.consent.control;
