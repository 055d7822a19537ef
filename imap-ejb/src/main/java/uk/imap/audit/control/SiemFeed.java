package uk.imap.audit.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import uk.imap.audit.SyslogRecord;

/**
 * Forwards every committed audit event to the council's SIEM (R34), in chain order, at least once. It reads what
 * business transactions have committed and never takes part in one, so a slow or absent receiver slows no one.
 * <p>
 * The position reached is kept in the database ({@code audit_feed}), so a restart resumes there. Events written to
 * the connection count as delivered only when a later round finds the connection still open; after a broken
 * connection everything not yet counted is sent again, so a receiver may see an event twice (the same position)
 * but never misses one. Servers sharing the database take turns through a lease on the feed's row: one forwards,
 * the others wait until it stops renewing.
 */
@Singleton
// Its timer reads tables the migration makes: on a new database it must not fire before they exist.
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionManagement(TransactionManagementType.BEAN)
public class SiemFeed {

    static final int BATCH = 500;
    static final int BATCHES_PER_ROUND = 40;
    static final Duration LEASE = Duration.ofSeconds(30);

    private static final Logger LOG = Logger.getLogger(SiemFeed.class.getName());

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    private final AtomicBoolean forwarding = new AtomicBoolean();
    private final String host = host();
    private final String holder = host + " " + UUID.randomUUID();
    private SyslogConnection connection;
    /** The last position written to the open connection; counted as delivered once it is found open again. */
    private long sent;
    private String failing;

    @Schedule(hour = "*", minute = "*", second = "*/2", persistent = false)
    void everyTwoSeconds() {
        if (!forwarding.compareAndSet(false, true)) {
            return;
        }
        try {
            forward();
        } finally {
            forwarding.set(false);
        }
    }

    private void forward() {
        Optional<SiemSettings> settings;
        try {
            settings = SiemSettings.read();
        } catch (IllegalArgumentException e) {
            stopped(e.getMessage());
            return;
        }
        if (settings.isEmpty()) {
            disconnect();
            return;
        }
        try (Connection db = database.getConnection()) {
            if (!lease(db)) {
                disconnect();
                return;
            }
            if (connection != null && !connection.settings().equals(settings.get())) {
                disconnect();
            }
            if (connection != null) {
                if (connection.open()) {
                    delivered(db, connection.settings().receiver());
                } else {
                    disconnect();
                }
            }
            if (connection == null) {
                connection = SyslogConnection.open(settings.get());
                sent = position(db);
            }
            for (int round = 0; round < BATCHES_PER_ROUND; round++) {
                List<SyslogRecord> batch = after(db, sent);
                if (batch.isEmpty()) {
                    break;
                }
                connection.send(batch, host);
                sent = batch.get(batch.size() - 1).position();
                if (batch.size() < BATCH) {
                    break;
                }
            }
            if (failing != null) {
                LOG.info("The audit feed to " + settings.get().receiver() + " is delivering again");
                failing = null;
            }
        } catch (IOException | SQLException | GeneralSecurityException | RuntimeException e) {
            disconnect();
            stopped(settings.get().receiver() + ": " + e);
        }
    }

    private void stopped(String problem) {
        if (!problem.equals(failing)) {
            LOG.warning("The audit feed is not delivering (" + problem + "). The events wait in the database and are"
                    + " sent in order once the receiver answers.");
            failing = problem;
        }
    }

    /** Takes or renews the feed's lease; false while another server holds it. */
    private boolean lease(Connection db) throws SQLException {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        try (PreparedStatement update = db.prepareStatement("UPDATE audit_feed SET holder = ?, held_until = ?"
                + " WHERE id = 1 AND (holder IS NULL OR holder = ? OR held_until < ?)")) {
            update.setString(1, holder);
            update.setObject(2, now.plus(LEASE));
            update.setString(3, holder);
            update.setObject(4, now);
            return update.executeUpdate() == 1;
        }
    }

    private long position(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT position FROM audit_feed WHERE id = 1");
             ResultSet row = query.executeQuery()) {
            return row.next() ? row.getLong(1) : 0;
        }
    }

    /** What was sent over the connection, now found open, has reached the receiver. */
    private void delivered(Connection db, String receiver) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE audit_feed SET position = ?, forwarded_at = ?,"
                + " receiver = ? WHERE id = 1 AND holder = ? AND position < ?")) {
            update.setLong(1, sent);
            update.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
            update.setString(3, receiver);
            update.setString(4, holder);
            update.setLong(5, sent);
            update.executeUpdate();
        }
    }

    private static List<SyslogRecord> after(Connection db, long position) throws SQLException {
        List<SyslogRecord> batch = new ArrayList<>(BATCH);
        try (PreparedStatement query = db.prepareStatement("SELECT position, occurred_at, actor, roles, action,"
                + " record_type, record_id, outcome, origin, hash FROM audit_event WHERE position > ?"
                + " ORDER BY position")) {
            query.setLong(1, position);
            query.setMaxRows(BATCH);
            query.setFetchSize(BATCH);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    batch.add(new SyslogRecord(row.getLong(1), row.getObject(2, OffsetDateTime.class),
                            row.getString(3), row.getString(4), row.getString(5), row.getString(6), row.getString(7),
                            row.getString(8), row.getString(9), row.getString(10)));
                }
            }
        }
        return batch;
    }

    private void disconnect() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    /** A server that stops hands the lease on at once, rather than making the next one wait for it to lapse. */
    @PreDestroy
    void release() {
        disconnect();
        try (Connection db = database.getConnection();
             PreparedStatement update = db.prepareStatement(
                     "UPDATE audit_feed SET holder = NULL, held_until = NULL WHERE id = 1 AND holder = ?")) {
            update.setString(1, holder);
            update.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "The audit feed's lease lapses by itself", e);
        }
    }

    private static String host() {
        String node = System.getProperty("jboss.node.name");
        if (node != null && !node.isBlank()) {
            return node;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "imap";
        }
    }
}
