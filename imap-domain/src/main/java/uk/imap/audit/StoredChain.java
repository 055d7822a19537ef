package uk.imap.audit;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * The audit chain as a database holds it, read with plain SQL in pages of position order: constant memory, no
 * persistence context, and the same reading for the server's verification, its checkpoints and the offline
 * verifier (R19).
 * <p>
 * Reading and checking overlap: while one page is checked on the executor given, the next is read. Pages are checked
 * one after another in position order, and at most {@link #PAGES_AHEAD} wait, so memory stays constant.
 */
public final class StoredChain {

    static final int PAGE = 1000;
    static final int PAGES_AHEAD = 4;

    private final Connection connection;
    private final Executor checking;

    /** Reads and checks on the calling thread. */
    public StoredChain(Connection connection) {
        this(connection, Runnable::run);
    }

    /** Checks on {@code checking} while the calling thread reads on. */
    public StoredChain(Connection connection, Executor checking) {
        this.connection = connection;
        this.checking = checking;
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

    /**
     * The longest an entry may wait for the sequencer: the longest a transaction may run (the server's transaction
     * time-out, 5 minutes) and then some seconds. The sequencer places what has committed within about a second; only
     * the commit's moment is not stored, so an entry is known to be late only once no transaction can still be open.
     */
    public static final Duration LONGEST_WAIT = Duration.ofMinutes(5).plusSeconds(30);

    /** R19 with the sequencer: an entry left waiting past {@link #LONGEST_WAIT} at {@code now} is reported. */
    public void checkWaiting(ChainVerification verification, OffsetDateTime now) throws SQLException {
        oldestWaitingBefore(now.minus(LONGEST_WAIT)).ifPresent(verification::waitingSince);
    }

    /**
     * The oldest entry still waiting for the sequencer that was written before {@code before}, if any. A database
     * from before the sequencer has no entries.
     */
    Optional<OffsetDateTime> oldestWaitingBefore(OffsetDateTime before) throws SQLException {
        if (!hasTable("audit_entry")) {
            return Optional.empty();
        }
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT MIN(occurred_at) FROM audit_entry WHERE occurred_at < ?")) {
            query.setObject(1, before);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.ofNullable(row.getObject(1, OffsetDateTime.class)) : Optional.empty();
            }
        }
    }

    private boolean hasTable(String name) throws SQLException {
        DatabaseMetaData database = connection.getMetaData();
        for (String spelt : List.of(name, name.toUpperCase(Locale.ROOT))) {
            try (ResultSet tables = database.getTables(null, null, spelt, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Hands every event up to {@code upTo} to the verification, in position order. */
    public void verifyInto(ChainVerification verification, long upTo) throws SQLException {
        verifyInto(verification, Long.MIN_VALUE, upTo);
    }

    /** Hands the events after {@code from} up to {@code upTo} to the verification, in position order. */
    public void verifyInto(ChainVerification verification, long from, long upTo) throws SQLException {
        Deque<CompletableFuture<Void>> waiting = new ArrayDeque<>();
        CompletableFuture<Void> checked = CompletableFuture.completedFuture(null);
        long after = from;
        try {
            while (true) {
                List<Stored> page = page(after, upTo);
                if (!page.isEmpty()) {
                    after = page.get(page.size() - 1).position();
                    checked = checked.thenRunAsync(() -> page.forEach(stored -> stored.into(verification)), checking);
                    waiting.add(checked);
                    if (waiting.size() > PAGES_AHEAD) {
                        waiting.remove().join();
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            checked.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : e;
        } finally {
            // A reading failure leaves no check running on the connection's behalf.
            waiting.forEach(pending -> pending.cancel(false));
        }
    }

    private List<Stored> page(long after, long upTo) throws SQLException {
        List<Stored> page = new ArrayList<>(PAGE);
        try (PreparedStatement query = connection.prepareStatement("SELECT position, occurred_at, actor, roles,"
                + " action, record_type, record_id, outcome, origin, user_agent, reason, previous_hash, hash,"
                + " reason_digest, entry_hash"
                + " FROM audit_event WHERE position > ? AND position <= ? ORDER BY position")) {
            query.setLong(1, after);
            query.setLong(2, upTo);
            query.setMaxRows(PAGE);
            query.setFetchSize(PAGE);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    page.add(stored(row));
                }
            }
        }
        return page;
    }

    /** One row as read: an event, or what little can be said of a row no version of IMAP writes. */
    private record Stored(long position, AuditEvent event, OffsetDateTime at, String previousHash, String hash) {

        void into(ChainVerification verification) {
            if (event != null) {
                verification.check(event);
            } else {
                verification.checkUnreadable(position, at, previousHash, hash);
            }
        }
    }

    private static Stored stored(ResultSet row) throws SQLException {
        long position = row.getLong(1);
        OffsetDateTime at = row.getObject(2, OffsetDateTime.class);
        AuditAction action = readable(AuditAction.class, row.getString(5));
        AuditOutcome outcome = readable(AuditOutcome.class, row.getString(8));
        if (action == null || outcome == null || at == null) {
            return new Stored(position, null, at, row.getString(12), row.getString(13));
        }
        return new Stored(position, AuditEvent.stored(position, at, row.getString(3), row.getString(4), action,
                row.getString(6), row.getString(7), outcome, row.getString(9), row.getString(10), row.getString(11),
                row.getString(14), row.getString(15), row.getString(12), row.getString(13)), at, null, null);
    }

    private static <E extends Enum<E>> E readable(Class<E> type, String name) {
        try {
            return name == null ? null : Enum.valueOf(type, name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
