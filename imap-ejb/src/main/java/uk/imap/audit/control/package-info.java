/**
 * Control for the audit trail (R18, R19): appending events to the hash chain, checkpoints and their watch, and where a
 * request came from. Every boundary records through it; it checks no role itself.
 */
package uk.imap.audit.control;
