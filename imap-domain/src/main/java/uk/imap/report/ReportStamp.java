package uk.imap.report;

import java.io.Serializable;
import java.time.OffsetDateTime;
import uk.imap.calendar.WorkingCalendar;

/**
 * Who generated a report and when, and the audit chain's head just after the report's own event: printed on every
 * export, so a printed report can be matched to the chain (R20).
 */
public record ReportStamp(String generatedBy, OffsetDateTime generatedAt, long chainPosition, String chainHash)
        implements Serializable {

    /** When, as people read it: "2 Dec 2026 10:07" on UK time. Machines get {@link #generatedAt()}. */
    public String generatedAtShown() {
        return WorkingCalendar.dayAndTime(generatedAt);
    }
}
