/** The IT auditor's reports (R20): who could do what, read from what the server really runs. */
package uk.imap.report;
