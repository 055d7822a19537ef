/**
 * The audit trail (R18, R19): append-only events, each chained to the one before by a SHA-256 hash so that
 * any change to the record can be found. Events name who, which roles, what, which record and from where;
 * they never hold the content of a case (names, summaries, items).
 */
package uk.imap.audit;
