/** Reports for managers and IT auditors: counts and times, never what a record says (R20, R25). */
package uk.imap.report;
