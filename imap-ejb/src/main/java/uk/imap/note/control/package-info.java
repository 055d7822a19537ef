/**
 * Control for case notes (R29): the notes a case file shows. It checks no role; only the boundaries call it, after
 * their own checks.
 */
package uk.imap.note.control;
