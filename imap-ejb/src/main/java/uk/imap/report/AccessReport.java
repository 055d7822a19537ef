package uk.imap.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import uk.imap.access.Roles;
import uk.imap.audit.AuditEventView;
import uk.imap.audit.AuditEvents;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.report.control.EnquiryRecords;
import uk.imap.report.control.ReportStamps;
import uk.imap.shared.InvalidInput;

/**
 * R20: access by user or by record, for a subject access request or an investigation: who read or changed what,
 * when, with which roles and from where; never a reason typed by a person or anything a record says. By an enquiry's
 * reference it covers the enquiry and every record that belongs to it ({@link EnquiryRecords}); any other record is
 * matched by its id alone.
 */
@Stateless
public class AccessReport {

    /** The events found, the report's table, and its stamp. */
    public record Stamped(List<AuditEventView> events, boolean truncated, ReportTable table, ReportStamp stamp) {
    }

    static final List<String> HEADINGS = List.of("When (UK time)", "Timestamp (UTC)", "Who", "Roles", "Action",
            "Record type", "Record", "Outcome", "From where");

    @Inject
    AuditEvents auditEvents;

    @Inject
    ReportStamps stamps;

    @Inject
    EnquiryRecords enquiryRecords;

    /** Events of {@code user} or of {@code record} (one of them is needed), newest first. */
    @RolesAllowed(Roles.AUDITOR)
    public Stamped generate(String user, String record, OffsetDateTime from, OffsetDateTime to, ReportFormat format) {
        boolean byUser = user != null && !user.isBlank();
        boolean byRecord = record != null && !record.isBlank();
        if (byUser == byRecord) {
            throw new InvalidInput("user", "Give either a user name or a record, not both and not neither.");
        }
        Map<String, List<String>> enquiry = byRecord ? enquiryRecords.of(record.strip()) : Map.of();
        List<AuditEventView> events = enquiry.isEmpty()
                ? auditEvents.search(byUser ? user.strip() : null, byRecord ? record.strip() : null, null, from, to)
                : auditEvents.ofRecords(enquiry, from, to);
        List<List<String>> rows = events.stream().map(AccessReport::row).toList();
        boolean truncated = events.size() >= AuditEvents.MAX_RESULTS;
        String subject = byUser ? "user " + user.strip() : enquiry.isEmpty() ? "record " + record.strip()
                : "record " + record.strip() + " and what belongs to it";
        ReportTable table = new ReportTable("Access by " + subject + (truncated ? " (the newest "
                + AuditEvents.MAX_RESULTS + " events; narrow the period for the rest)" : ""),
                HEADINGS, rows);
        return new Stamped(events, truncated, table, stamps.stamp("access", format, subject));
    }

    /** One event as a row of the access report and of an audit search's export. */
    static List<String> row(AuditEventView e) {
        return List.of(WorkingCalendar.dayAndTime(e.occurredAt()),
                e.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).toString(), e.actor(), String.join(", ",
                        e.roles()), e.action().name(), blank(e.recordType()), blank(e.recordId()), e.outcome().name(),
                blank(e.origin()));
    }

    private static String blank(String value) {
        return value == null ? "" : value;
    }
}
