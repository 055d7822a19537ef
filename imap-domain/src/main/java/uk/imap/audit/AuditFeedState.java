package uk.imap.audit;

import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import uk.imap.calendar.WorkingCalendar;

/**
 * How far the audit trail has reached the council's SIEM (R34): the receiver configured (null when there is none),
 * the last position it is known to hold and when that was, and the lag: events not yet known delivered and when the
 * oldest of them happened.
 */
public record AuditFeedState(String forwardedTo, long lastForwardedPosition, OffsetDateTime lastForwardedAt,
                             long pending, OffsetDateTime oldestPendingAt) implements Serializable {

    /** Read as stored; the feed's own row and the chain head, never an event's content but the oldest's time. */
    public static AuditFeedState read(Connection connection, String forwardedTo) throws SQLException {
        long forwarded;
        OffsetDateTime forwardedAt;
        long head;
        try (PreparedStatement query = connection.prepareStatement("SELECT f.position, f.forwarded_at, h.position"
                + " FROM audit_feed f, audit_chain_head h WHERE f.id = 1 AND h.id = 1");
             ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("The database has no audit feed row: is it an IMAP database?");
            }
            forwarded = row.getLong(1);
            forwardedAt = row.getObject(2, OffsetDateTime.class);
            head = row.getLong(3);
        }
        OffsetDateTime oldest = null;
        if (head > forwarded) {
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT occurred_at FROM audit_event WHERE position = ?")) {
                query.setLong(1, forwarded + 1);
                try (ResultSet row = query.executeQuery()) {
                    oldest = row.next() ? row.getObject(1, OffsetDateTime.class) : null;
                }
            }
        }
        return new AuditFeedState(forwardedTo, forwarded, forwardedAt, Math.max(0, head - forwarded), oldest);
    }

    /** The state as the auditor's page says it. */
    public String inWords() {
        String waiting = pending == 1 ? "1 event has" : pending + " events have";
        if (forwardedTo == null) {
            return "No SIEM receiver is configured. " + waiting + " not been forwarded; they wait in the database and"
                    + " are sent in order once a receiver is configured.";
        }
        String reached = lastForwardedAt == null ? "" : " Last confirmed delivery: position " + lastForwardedPosition
                + ", " + WorkingCalendar.dayAndTime(lastForwardedAt) + ".";
        if (pending == 0) {
            return "Every event has reached " + forwardedTo + "." + reached;
        }
        return waiting + " not yet reached " + forwardedTo + (oldestPendingAt == null ? "" : "; the oldest happened "
                + WorkingCalendar.dayAndTime(oldestPendingAt)) + "." + reached;
    }
}
