/** Tells the audit trail where each request came from. It must not write events itself. */
package uk.imap.audit;
