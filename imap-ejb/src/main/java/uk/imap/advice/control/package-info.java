/**
 * Control for advice (R17): the advice history a case file shows. It checks no role; only the boundaries call it,
 * after their own checks.
 */
package uk.imap.advice.control;
