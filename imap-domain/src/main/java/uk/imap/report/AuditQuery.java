package uk.imap.report;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;

/**
 * R34: what an auditor searches the audit trail for; every part may be left out. A record that is an enquiry's
 * reference covers everything that belongs to the enquiry, as the access report does.
 */
public record AuditQuery(String user, String record, AuditAction action, AuditOutcome outcome, DayPeriod period)
        implements Serializable {

    public AuditQuery {
        user = blankIsNull(user);
        record = blankIsNull(record);
        period = period == null ? new DayPeriod(null, null) : period;
    }

    /** As the audit event of the search and the stamp of its exports say it: the query, never case content. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (user != null) {
            parts.add("user " + user);
        }
        if (record != null) {
            parts.add("record " + record);
        }
        if (action != null) {
            parts.add("action " + action);
        }
        if (outcome != null) {
            parts.add("outcome " + outcome);
        }
        if (period.text() != null) {
            parts.add(period.text());
        }
        return parts.isEmpty() ? "every event" : String.join(", ", parts);
    }

    private static String blankIsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
