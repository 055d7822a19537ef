package uk.imap.benchmark;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.SyslogReceiver;
import uk.imap.access.control.DisabledAccounts;
import uk.imap.access.control.SignInAttempts;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditEvent;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.AuditVerification;
import uk.imap.audit.ChainHead;
import uk.imap.audit.ChainVerification;
import uk.imap.audit.Occurrence;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.audit.control.AuditTrail;

/**
 * R19 figures: the audit chain grown by 1,000,000 events (by the domain's own append, stored in batches), then
 * the auditor's verification timed beside raw SHA-256 over the same bytes and beside reading the same rows (each
 * after one untimed read of the whole chain), and audited writes through the
 * application with 1, 8 and 50 concurrent writers beside a raw JDBC insert-and-commit loop with as many threads (and
 * how long after the last commit the sequencer has placed the rest), and what the per-request R27 checks cost on such
 * a chain.
 * Prints figures, asserts nothing about time. Run with
 * {@code mvn verify -pl imap-ear -am -Pbenchmark -Dit.test=AuditChainBenchmark} ({@code -Dimap.benchmark.events=N}
 * for another size; add {@code -Ppostgresql} for PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainBenchmark {

    static final int EVENTS = Integer.getInteger("imap.benchmark.events", 1_000_000);
    static final int BATCH = 10_000;
    // Each measure of audited writes and of the raw loop: enough for the JIT to have compiled the path early on.
    static final int APPENDS = Integer.getInteger("imap.benchmark.appends", 10_000);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(AuditChainBenchmark.class, SyslogReceiver.class);
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    // Writers and raw threads each get a thread of their own: the server's default executor runs four tasks at once
    // on two cores, so "50 writers" on it were four.
    @Resource
    ManagedThreadFactory threadsOfTheirOwn;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Resource(lookup = "java:jboss/datasources/ImapSchemaDS")
    DataSource schemaOwner;

    @Inject
    AuditSequencer sequencer;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditVerification verification;

    @Inject
    SignInAttempts signInAttempts;

    @Inject
    DisabledAccounts disabledAccounts;

    @Test
    void figures() throws Exception {
        fill();

        // Not printed: whichever reads the chain first pays for the JIT and the database's cold cache.
        SignedInAs.call("audit.max", () -> verification.verify());
        readAndSha256();
        long started = System.nanoTime();
        ChainVerification.Result result = SignedInAs.call("audit.max", () -> verification.verify());
        double verifySeconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("verification: %,d events in %.1f s = %,.0f events/s (valid: %s)%n",
                result.eventsChecked(), verifySeconds, result.eventsChecked() / verifySeconds, result.valid());

        double shaRate = rawSha256(result.eventsChecked());
        System.out.printf("raw SHA-256 over the same canonical bytes: %,.0f events/s; verification is %.0f%% of it%n",
                shaRate, 100 * (result.eventsChecked() / verifySeconds) / shaRate);
        double readRate = readAndSha256();
        System.out.printf("reading the same rows and SHA-256 over their stored bytes, no checks: %,.0f events/s;"
                + " verification is %.0f%% of it%n", readRate, 100 * (result.eventsChecked() / verifySeconds) / readRate);

        appendRate(8); // not printed: the JIT compiles both paths before either is timed
        rawInsertRate(8);
        for (int writers : new int[] {1, 8, 50}) {
            double audited = appendRate(writers);
            long placing = System.nanoTime();
            sequencer.catchUp();
            double placedAfter = (System.nanoTime() - placing) / 1e6;
            double raw = rawInsertRate(writers);
            System.out.printf("audited writes through the application, %d writer(s): %,.0f events/s; raw JDBC"
                    + " insert-and-commit, %d thread(s): %,.0f rows/s; ratio %.2f; the rest placed in the chain %.0f ms"
                    + " after the last commit%n", writers, audited, writers, raw, audited / raw, placedAfter);
        }

        feedFigures();

        // What each request pays for R27 on a long chain: the lockout count before a password check (API calls),
        // and the disabled-account count of a signed-in page request.
        printTimes("lockout check before a password check", () -> signInAttempts.lockedUntil("prac.sam"));
        Instant signedIn = Instant.now().minusSeconds(3600);
        printTimes("disabled-account check of a page request",
                () -> disabledAccounts.disabledSince("prac.sam", signedIn));
    }

    /**
     * R34: the SIEM feed to a real rsyslog over TLS: how fast it forwards the backlog the fill left (beside the
     * application's own append rate with one writer), then its lag while 10 writers append.
     */
    void feedFigures() throws Exception {
        try (SyslogReceiver siem = SyslogReceiver.started()) {
            long from = single("SELECT position FROM audit_feed WHERE id = 1");
            long head = single("SELECT position FROM audit_chain_head WHERE id = 1");
            long started = System.nanoTime();
            System.setProperty("imap.siem.trust", siem.certificate().toString());
            System.setProperty("imap.siem.receiver", siem.address());
            while (single("SELECT position FROM audit_feed WHERE id = 1") < head) {
                Thread.sleep(50);
            }
            double feedRate = (head - from) / ((System.nanoTime() - started) / 1e9);
            double oneWriter = appendRate(1);
            System.out.printf("SIEM feed over TLS: %,d events forwarded at %,.0f events/s, %.1f times the append rate"
                    + " of one writer (%,.0f events/s)%n", head - from, feedRate, feedRate / oneWriter, oneWriter);

            AtomicLong mostPending = new AtomicLong();
            AtomicBoolean appending = new AtomicBoolean(true);
            Future<?> sampling = executor.submit(() -> {
                while (appending.get()) {
                    mostPending.accumulateAndGet(single("SELECT h.position - f.position FROM audit_chain_head h,"
                            + " audit_feed f WHERE h.id = 1 AND f.id = 1"), Math::max);
                    Thread.sleep(100);
                }
                return null;
            });
            double tenWriters = appendRate(10);
            long appended = single("SELECT position FROM audit_chain_head WHERE id = 1");
            long caughtUp = System.nanoTime();
            while (single("SELECT position FROM audit_feed WHERE id = 1") < appended) {
                Thread.sleep(50);
            }
            appending.set(false);
            sampling.get();
            System.out.printf("SIEM feed lag while 10 writers append %,.0f events/s: at most %,d events not yet"
                    + " confirmed; all confirmed %d ms after the last append (confirmation waits one 2 s round)%n",
                    tenWriters, mostPending.get(), (System.nanoTime() - caughtUp) / 1_000_000);
        } finally {
            System.clearProperty("imap.siem.receiver");
            System.clearProperty("imap.siem.trust");
        }
    }

    long single(String sql) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    void printTimes(String what, Runnable check) {
        int runs = 2_000;
        long[] micros = new long[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            check.run();
            micros[i] = (System.nanoTime() - started) / 1_000;
        }
        Arrays.sort(micros);
        System.out.printf("%s: median %d µs, p90 %d µs, max %d µs (%,d calls)%n", what, micros[runs / 2],
                micros[runs * 9 / 10], micros[runs - 1], runs);
    }

    /** Grows the chain to EVENTS with the domain's own append; each batch moves the locked head and commits. */
    long fill() throws Exception {
        long started = System.nanoTime();
        long added = 0;
        while (added < EVENTS) {
            transaction.begin();
            ChainHead head = em.find(ChainHead.class, ChainHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE);
            int batch = (int) Math.min(BATCH, EVENTS - added);
            try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO audit_event (position, occurred_at, actor, roles, action, record_type, record_id,"
                            + " outcome, origin, user_agent, reason, previous_hash, hash)"
                            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
                for (int i = 0; i < batch; i++) {
                    AuditEvent e = head.append(new Occurrence("bench.user." + (i % 50), Set.of("PRACTITIONER"),
                            at, AuditAction.ENQUIRY_READ, "Enquiry", "IMAP-1999-" + (added + i),
                            AuditOutcome.SUCCESS, "10.0.0." + (i % 200), "Mozilla/5.0 (benchmark)", null));
                    insert.setLong(1, e.position());
                    insert.setObject(2, e.occurredAt());
                    insert.setString(3, e.actor());
                    insert.setString(4, "PRACTITIONER");
                    insert.setString(5, e.action().name());
                    insert.setString(6, e.recordType());
                    insert.setString(7, e.recordId());
                    insert.setString(8, e.outcome().name());
                    insert.setString(9, e.origin());
                    insert.setString(10, e.userAgent());
                    insert.setString(11, e.reason());
                    insert.setString(12, e.previousHash());
                    insert.setString(13, e.hash());
                    insert.addBatch();
                    if (i % 1000 == 999) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
            transaction.commit();
            em.clear();
            added += batch;
        }
        System.out.printf("filled %,d events in %.1f s%n", added, (System.nanoTime() - started) / 1e9);
        return added;
    }

    /**
     * SHA-256 over each event's canonical bytes, read back the same way verification reads them; and, for the
     * share of the time that is not reading, the check of each event's hash in memory.
     */
    double rawSha256(long events) throws Exception {
        List<byte[]> sample = new ArrayList<>();
        List<AuditEvent> read = new ArrayList<>();
        transaction.begin();
        em.createQuery("SELECT a FROM AuditEvent a ORDER BY a.position DESC", AuditEvent.class).setMaxResults(10_000)
                .getResultStream().forEach(e -> {
                    read.add(e);
                    sample.add(e.canonicalBytes());
                });
        transaction.commit();
        long checkStarted = System.nanoTime();
        long checked = 0;
        while (checked < events) {
            for (AuditEvent event : read) {
                event.isIntact();
            }
            checked += read.size();
        }
        System.out.printf("hash check in memory (canonical encoding and SHA-256, no reading): %,.0f events/s%n",
                checked / ((System.nanoTime() - checkStarted) / 1e9));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long started = System.nanoTime();
        long hashed = 0;
        while (hashed < events) {
            for (byte[] bytes : sample) {
                sha.digest(bytes);
            }
            hashed += sample.size();
        }
        return hashed / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * The least any verifier of the stored chain must do: read every row, in pages as verification reads them, and
     * hash the bytes of its columns, with nothing decoded or compared.
     */
    double readAndSha256() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        long started = System.nanoTime();
        long read = 0;
        try (Connection c = database.getConnection(); PreparedStatement page = c.prepareStatement(
                "SELECT position, occurred_at, actor, roles, action, record_type, record_id, outcome, origin,"
                        + " user_agent, reason, previous_hash, hash FROM audit_event"
                        + " WHERE position > ? ORDER BY position")) {
            page.setMaxRows(1000);
            page.setFetchSize(1000);
            long after = 0;
            int rows;
            do {
                rows = 0;
                page.setLong(1, after);
                try (ResultSet row = page.executeQuery()) {
                    while (row.next()) {
                        rows++;
                        after = row.getLong(1);
                        for (int column = 2; column <= 13; column++) {
                            String value = row.getString(column);
                            if (value != null) {
                                sha.update(value.getBytes(StandardCharsets.UTF_8));
                            }
                        }
                        sha.digest();
                    }
                }
                read += rows;
            } while (rows == 1000);
        }
        return read / ((System.nanoTime() - started) / 1e9);
    }

    /**
     * The floor for audited writes: one row inserted and committed per transaction over plain JDBC, with as many
     * threads and the same pool, into a table of the same width as an audit entry, made and dropped by the schema's
     * owner.
     */
    double rawInsertRate(int threads) throws Exception {
        try (Connection c = schemaOwner.getConnection()) {
            c.createStatement().execute("CREATE TABLE benchmark_raw_insert (id BIGINT PRIMARY KEY,"
                    + " body VARCHAR(400))");
            // Written over the application's pool, as audited writes are: the owner's holds five connections.
            c.createStatement().execute("GRANT INSERT ON benchmark_raw_insert TO PUBLIC");
        }
        try {
            AtomicLong ids = new AtomicLong();
            int each = APPENDS / threads;
            List<Future<?>> running = new ArrayList<>();
            ExecutorService pool = Executors.newFixedThreadPool(threads, threadsOfTheirOwn);
            long started = System.nanoTime();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(
                            "INSERT INTO benchmark_raw_insert (id, body) VALUES (?, ?)")) {
                        c.setAutoCommit(false);
                        for (int i = 0; i < each; i++) {
                            insert.setLong(1, ids.incrementAndGet());
                            insert.setString(2, "prac.sam PRACTITIONER ENQUIRY_READ Enquiry IMAP-1999-APPEND SUCCESS"
                                    + " 10.0.0.1 Mozilla/5.0 (benchmark) " + "0".repeat(64));
                            insert.executeUpdate();
                            c.commit();
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            double rate = (double) each * threads / ((System.nanoTime() - started) / 1e9);
            pool.shutdown();
            return rate;
        } finally {
            try (Connection c = schemaOwner.getConnection()) {
                c.createStatement().execute("DROP TABLE benchmark_raw_insert");
            }
        }
    }

    double appendRate(int writers) throws Exception {
        int each = APPENDS / writers;
        SecurityIdentity sam = SignedInAs.identity("prac.sam");
        List<Future<?>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers, threadsOfTheirOwn);
        long started = System.nanoTime();
        for (int w = 0; w < writers; w++) {
            Callable<Void> writer = () -> {
                for (int i = 0; i < each; i++) {
                    transaction.begin();
                    auditTrail.record(AuditAction.ENQUIRY_READ, RecordType.ENQUIRY, "IMAP-1999-APPEND");
                    transaction.commit();
                }
                return null;
            };
            running.add(pool.submit(() -> sam.runAs(writer)));
        }
        for (Future<?> future : running) {
            future.get();
        }
        double rate = (double) each * writers / ((System.nanoTime() - started) / 1e9);
        pool.shutdown();
        return rate;
    }
}
