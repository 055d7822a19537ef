/**
 * What a person is told when a page fails unforeseen: a generic message and a correlation id that the server log
 * shows beside the failure (OWASP ASVS 7.4.1). It must never show an exception's message, SQL, a stack trace or a
 * version.
 */
package uk.imap.failure;
