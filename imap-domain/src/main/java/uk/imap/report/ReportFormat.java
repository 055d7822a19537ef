package uk.imap.report;

/** How a report left the system: each is named in the report's audit event (R18: exports are events). */
public enum ReportFormat {
    PAGE, JSON, CSV, PDF
}
