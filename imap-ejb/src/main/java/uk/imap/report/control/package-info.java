/**
 * Control for reports: the enquiry records reports are built from, and the stamps that tie each report to the audit
 * chain's head. It checks no role; only the report boundaries call it.
 */
package uk.imap.report.control;
