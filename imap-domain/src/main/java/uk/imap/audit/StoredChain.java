package uk.imap.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;

/**
 * The audit chain as a database holds it, read with plain SQL in pages of position order: constant memory, no
 * persistence context, and the same reading for the server's verification, its checkpoints and the offline
 * verifier (R19).
 */
public final class StoredChain {

    static final int PAGE = 1000;

    private final Connection connection;

    public StoredChain(Connection connection) {
        this.connection = connection;
    }

    /** The head's position and hash, read before the events. */
    public record Head(long position, String hash) {
    }

    public Head head() throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT position, hash FROM audit_chain_head WHERE id = 1"); ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new SQLException("The database has no audit chain head: is it an IMAP database?");
            }
            return new Head(row.getLong(1), row.getString(2));
        }
    }

    /** Hands every event up to {@code upTo} to the verification, in position order. */
    public void verifyInto(ChainVerification verification, long upTo) throws SQLException {
        verifyInto(verification, Long.MIN_VALUE, upTo);
    }

    /** Hands the events after {@code from} up to {@code upTo} to the verification, in position order. */
    public void verifyInto(ChainVerification verification, long from, long upTo) throws SQLException {
        long after = from;
        while (true) {
            int read = 0;
            try (PreparedStatement query = connection.prepareStatement("SELECT position, occurred_at, actor, roles,"
                    + " action, record_type, record_id, outcome, origin, user_agent, reason, previous_hash, hash"
                    + " FROM audit_event WHERE position > ? AND position <= ? ORDER BY position")) {
                query.setLong(1, after);
                query.setLong(2, upTo);
                query.setMaxRows(PAGE);
                query.setFetchSize(PAGE);
                try (ResultSet row = query.executeQuery()) {
                    while (row.next()) {
                        read++;
                        after = row.getLong(1);
                        check(verification, row);
                    }
                }
            }
            if (read < PAGE) {
                return;
            }
        }
    }

    private static void check(ChainVerification verification, ResultSet row) throws SQLException {
        long position = row.getLong(1);
        OffsetDateTime at = row.getObject(2, OffsetDateTime.class);
        AuditAction action = readable(AuditAction.class, row.getString(5));
        AuditOutcome outcome = readable(AuditOutcome.class, row.getString(8));
        if (action == null || outcome == null || at == null) {
            verification.checkUnreadable(position, at, row.getString(12), row.getString(13));
            return;
        }
        verification.check(AuditEvent.stored(position, at, row.getString(3), row.getString(4), action,
                row.getString(6), row.getString(7), outcome, row.getString(9), row.getString(10), row.getString(11),
                row.getString(12), row.getString(13)));
    }

    private static <E extends Enum<E>> E readable(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
