/** The IT auditor's reports over REST, as JSON and CSV (R20). */
package uk.imap.report;
