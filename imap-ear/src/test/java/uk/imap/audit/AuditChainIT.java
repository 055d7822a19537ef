package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.audit.control.AuditCheckpoints;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.enquiry.Enquiries;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;

/**
 * R19 against the real database: each kind of tampering, made with SQL, is found at the right first position by
 * the auditor's verification; each test puts the chain back as it was.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(AuditChainIT.class);
    }

    @Inject
    AuditVerification verification;

    @Inject
    Enquiries enquiries;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    /** The schema owner's connection: what a database administrator, not the application, could do. */
    @Resource(lookup = "java:jboss/datasources/ImapSchemaDS")
    DataSource schemaOwner;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    CheckpointKeyRotation rotation;

    @Inject
    AuditSequencer sequencer;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Resource
    ManagedExecutorService executor;

    /**
     * Verifies, then places the verification's own event in the chain at once: a test's tampering then never races
     * the sequencer placing its own events.
     */
    ChainVerification.Result verify() throws Exception {
        ChainVerification.Result result = SignedInAs.call("audit.max", () -> verification.verify());
        sequencer.catchUp();
        return result;
    }

    /** A few fresh events to tamper with, and the position of the newest. */
    long freshEvents() throws Exception {
        for (int i = 0; i < 3; i++) {
            SignedInAs.call("prac.sam", () -> enquiries.draft(new Intake(Source.ANONYMOUS, null, "Chain",
                    Threshold.EARLY_HELP, Priority.GREEN, List.of(), List.of(new SubjectDetails(SubjectKind.CHILD,
                    "Sam", "Lowe", null, null, Relationship.SUBJECT)))));
        }
        sequencer.catchUp();
        return single("SELECT MAX(position) FROM audit_event");
    }

    /**
     * A checkpoint of the chain as it stands: the one written now, or the one the thousandth event's observer wrote
     * a moment ago when fresh events crossed a thousand (then there is nothing new to sign).
     */
    Checkpoint signedNow() throws Exception {
        long head = single("SELECT position FROM audit_chain_head");
        Optional<Checkpoint> written = checkpoints.write();
        Checkpoint checkpoint = written.isPresent() ? written.get() : Checkpoint.parse(lastLine());
        assertTrue(checkpoint.position() >= head, "a checkpoint covers the head: " + checkpoint.line());
        return checkpoint;
    }

    @Test
    @DisplayName("R19 the chain verifies when nothing was touched")
    void untouched() throws Exception {
        freshEvents();

        ChainVerification.Result result = verify();

        assertTrue(result.valid(), String.valueOf(result.firstMismatch()));
        assertTrue(result.eventsChecked() >= 3);
    }

    @Test
    @DisplayName("R34 two verifications started on the page at once share one run")
    void startedAtOnceShareOneRun() throws Exception {
        freshEvents();
        CyclicBarrier together = new CyclicBarrier(2);
        Callable<VerificationProgress> start = () -> SignedInAs.call("audit.max", () -> {
            together.await(10, TimeUnit.SECONDS);
            return verification.verifyOnPage();
        });
        Future<VerificationProgress> first = executor.submit(start);
        Future<VerificationProgress> second = executor.submit(start);

        VerificationProgress one = first.get(30, TimeUnit.SECONDS);
        VerificationProgress other = second.get(30, TimeUnit.SECONDS);
        assertEquals(one.startedAt(), other.startedAt(), "one run, seen by both");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        VerificationProgress done = one;
        while (done.running() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            done = SignedInAs.call("audit.max", () -> verification.progressOnPage());
        }
        assertEquals(one.startedAt(), done.startedAt());
        assertTrue(done.result() != null && done.result().valid(), String.valueOf(done));
        sequencer.catchUp();
        assertEquals(List.of("joined the run on the page started by audit.max", "started on the page"),
                texts("SELECT reason FROM audit_event WHERE action = 'AUDIT_CHAIN_VERIFIED' AND reason LIKE '%on the"
                        + " page%' AND reason NOT LIKE 'valid%' AND reason NOT LIKE 'first mismatch%'"
                        + " ORDER BY position DESC FETCH FIRST 2 ROWS ONLY").stream().sorted().toList());
    }

    @Test
    @DisplayName("R19 a field edited in the database is MODIFIED at its position")
    void modified() throws Exception {
        long position = freshEvents() - 1;
        String actor = text("SELECT actor FROM audit_event WHERE position = " + position);
        update("UPDATE audit_event SET actor = 'someone.else' WHERE position = " + position);
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(position, mismatch.position());
            assertEquals(Tampering.MODIFIED, mismatch.kind());
        } finally {
            update("UPDATE audit_event SET actor = '" + actor + "' WHERE position = " + position);
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 a deleted event is a GAP; events removed from the end are TRUNCATED")
    void deletedAndTruncated() throws Exception {
        long last = freshEvents();
        List<Object> middle = row(last - 1);
        update("DELETE FROM audit_event WHERE position = " + (last - 1));
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(last - 1, mismatch.position());
            assertEquals(Tampering.GAP, mismatch.kind());
        } finally {
            insert(middle);
        }
        // Verifying appends an event of its own: the newest is now that one.
        long newest = single("SELECT MAX(position) FROM audit_event");
        List<Object> end = row(newest);
        update("DELETE FROM audit_event WHERE position = " + newest);
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(newest, mismatch.position());
            assertEquals(Tampering.TRUNCATED, mismatch.kind());
        } finally {
            insert(end);
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 a signed checkpoint is written outside the database and the chain verifies against it")
    void checkpointWritten() throws Exception {
        freshEvents();
        long head = single("SELECT position FROM audit_chain_head");

        Checkpoint checkpoint = signedNow();

        assertEquals(head, checkpoint.position());
        assertEquals(text("SELECT hash FROM audit_chain_head"), checkpoint.headHash());
        assertTrue(checkpoint.signedBy(checkpoints.key().publicKey()));
        assertEquals(checkpoint.line(), lastLine());
        assertTrue(checkpoints.write().isEmpty(), "nothing new, no checkpoint");
        ChainVerification.Result result = verify();
        assertTrue(result.valid(), String.valueOf(result.firstMismatch()));
        assertTrue(result.checkpointsChecked() >= 1);
    }

    @Test
    @DisplayName("R19 two rows swapped in the database break the link at the first of them")
    void swapped() throws Exception {
        long last = freshEvents();
        long first = last - 2;
        update("UPDATE audit_event SET position = -1 WHERE position = " + first);
        update("UPDATE audit_event SET position = " + first + " WHERE position = " + (first + 1));
        update("UPDATE audit_event SET position = " + (first + 1) + " WHERE position = -1");
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(first, mismatch.position());
            assertEquals(Tampering.LINK_BROKEN, mismatch.kind());
        } finally {
            update("UPDATE audit_event SET position = -1 WHERE position = " + first);
            update("UPDATE audit_event SET position = " + first + " WHERE position = " + (first + 1));
            update("UPDATE audit_event SET position = " + (first + 1) + " WHERE position = -1");
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 a forged row with a hash recomputed by the application's own code breaks the next link")
    void forgedRow() throws Exception {
        long last = freshEvents();
        long forged = last - 1;
        Forgery forgery = forge(forged, 1);
        try {
            insert(forgery.saved().get(1));
            setHead(forgery.headPosition(), forgery.headHash());
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(last, mismatch.position());
            assertEquals(Tampering.LINK_BROKEN, mismatch.kind());
        } finally {
            restore(forgery);
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 a chain rewritten consistently, head and all, disagrees with its signed checkpoint")
    void rewrittenConsistently() throws Exception {
        freshEvents();
        long signed = signedNow().position();
        freshEvents();
        Forgery forgery = forge(signed - 1, 5);
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(signed, mismatch.position());
            assertEquals(Tampering.CHECKPOINT_MISMATCH, mismatch.kind());
        } finally {
            restore(forgery);
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 events cut below a checkpoint are TRUNCATED even with the head moved back to match")
    void truncatedBelowCheckpoint() throws Exception {
        long cut = freshEvents() - 2;
        long signed = signedNow().position();
        Forgery forgery = forge(cut + 1, 0);
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            // An event of another test's session (a time-out, say) may land after the cut and extend the chain;
            // the gap then starts just past it, and still below the checkpoint.
            assertTrue(mismatch.position() > cut && mismatch.position() <= signed, String.valueOf(mismatch));
            assertEquals(Tampering.TRUNCATED, mismatch.kind());
        } finally {
            restore(forgery);
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R34 R19 after a key rotation old checkpoints still verify and new ones carry the new key")
    void keyRotation() throws Exception {
        freshEvents();
        Checkpoint before = signedNow();
        java.security.PublicKey retired = checkpoints.key().publicKey();
        assertEquals(CheckpointKeys.idOf(retired), before.keyId(), "checkpoints name their key");

        CheckpointKeys.Key next = SignedInAs.call("admin.eve", () -> rotation.rotate());
        freshEvents();
        Checkpoint after = signedNow();

        assertEquals(next.id(), after.keyId());
        assertTrue(after.signedBy(next.publicKey()) && !after.signedBy(retired));
        CheckpointKeys keys = SignedInAs.call("audit.max", () -> rotation.keys());
        assertEquals(keys.lines(), CheckpointKeys.parse(keys.lines()).lines());
        assertTrue(keys.keys().stream().anyMatch(k -> k.id().equals(before.keyId()) && k.retired() != null),
                "the old key is retired, not forgotten");
        ChainVerification.Result result = verify();
        assertTrue(result.valid(), String.valueOf(result.firstMismatch()));
        assertTrue(result.keysChecked() >= 2, "checked under both keys: " + result);
        assertEquals(next.id(), text("SELECT record_id FROM audit_event WHERE action = 'CHECKPOINT_KEY_ROTATED'"
                + " ORDER BY position DESC FETCH FIRST 1 ROWS ONLY"));
        assertThrows(EJBAccessException.class, () -> SignedInAs.call("audit.max", () -> rotation.rotate()),
                "auditors read the keys; administrators change them");
    }

    @Test
    @DisplayName("R19 a checkpoint signed by another key is a BAD_SIGNATURE at its position")
    void forgedCheckpoint() throws Exception {
        freshEvents();
        Checkpoint good = signedNow();
        KeyPair otherKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        Checkpoint forged = Checkpoint.sign(good.position(), good.headHash(), good.at(),
                good.previousCheckpointHash(), otherKey.getPrivate());
        Path file = checkpoints.file();
        List<String> lines = Files.readAllLines(file);
        List<String> withForged = new ArrayList<>(lines.subList(0, lines.size() - 1));
        withForged.add(forged.line());
        Files.write(file, withForged);
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(good.position(), mismatch.position());
            assertEquals(Tampering.BAD_SIGNATURE, mismatch.kind());
        } finally {
            Files.write(file, lines);
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R18 an exception after the append leaves neither the change nor its event")
    void rolledBackLeavesNoEvent() throws Exception {
        freshEvents();
        long before = single("SELECT position FROM audit_chain_head");
        long enquiriesBefore = single("SELECT COUNT(*) FROM enquiry");
        transaction.begin();
        try {
            SignedInAs.call("prac.sam", () -> enquiries.draft(new Intake(Source.ANONYMOUS, null, "Rolled back",
                    Threshold.EARLY_HELP, Priority.GREEN, List.of(), List.of(new SubjectDetails(SubjectKind.CHILD,
                    "Rae", "Back", null, null, Relationship.SUBJECT)))));
            throw new IllegalStateException("after the append");
        } catch (IllegalStateException expected) {
            transaction.rollback();
        }
        assertEquals(before, single("SELECT position FROM audit_chain_head"));
        assertEquals(before, single("SELECT MAX(position) FROM audit_event"));
        assertEquals(enquiriesBefore, single("SELECT COUNT(*) FROM enquiry"));
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 50 concurrent writers leave the positions gapless and the chain valid")
    void fiftyWriters() throws Exception {
        long before = single("SELECT position FROM audit_chain_head");
        SecurityIdentity sam = SignedInAs.identity("prac.sam");
        List<Future<Integer>> writers = new ArrayList<>();
        for (int w = 0; w < 50; w++) {
            writers.add(executor.submit(() -> {
                int written = 0;
                for (int i = 0; i < 4; i++) {
                    try {
                        Callable<Object> draft = () -> enquiries.draft(new Intake(Source.ANONYMOUS, null,
                                "Concurrent", Threshold.EARLY_HELP, Priority.GREEN, List.of(), List.of(
                                new SubjectDetails(SubjectKind.CHILD, "Sam", "Lowe", null, null,
                                        Relationship.SUBJECT))));
                        sam.runAs(draft);
                        written++;
                    } catch (RuntimeException failed) {
                        // A writer that fails rolls back whole: no change, no event.
                    }
                }
                return written;
            }));
        }
        int written = 0;
        for (Future<Integer> writer : writers) {
            written += writer.get(5, TimeUnit.MINUTES);
        }

        sequencer.catchUp();
        long after = single("SELECT position FROM audit_chain_head");
        System.out.printf("50 writers: %d of 200 drafts committed, %d events appended%n", written, after - before);
        assertTrue(written > 0);
        assertEquals(after - before, single("SELECT COUNT(*) FROM audit_event WHERE position > " + before));
        assertEquals(after, single("SELECT MAX(position) FROM audit_event"));
        assertTrue(after - before >= written, "every committed draft has its event");
        ChainVerification.Result result = verify();
        assertTrue(result.valid(), String.valueOf(result.firstMismatch()));
    }

    @Test
    @DisplayName("R19 an event written with its change but left waiting past the limit is UNSEQUENCED")
    void leftWaiting() throws Exception {
        freshEvents();
        long head = single("SELECT position FROM audit_chain_head");
        OffsetDateTime written = OffsetDateTime.now().minus(StoredChain.LONGEST_WAIT).minusMinutes(1);
        // The head held as the sequencer takes it: the entry cannot be placed while the verification runs.
        try (Connection held = schemaOwner.getConnection()) {
            held.setAutoCommit(false);
            held.createStatement().executeQuery("SELECT position FROM audit_chain_head WHERE id = "
                    + ChainHead.THE_HEAD + " FOR UPDATE").close();
            try (Connection owner = schemaOwner.getConnection(); PreparedStatement insert = owner.prepareStatement(
                    "INSERT INTO audit_entry (id, occurred_at, actor, roles, action, outcome, content_hash)"
                    + " VALUES (-1, ?, 'prac.sam', 'PRACTITIONER', 'ENQUIRY_READ', 'SUCCESS', ?)")) {
                insert.setObject(1, written);
                insert.setString(2, "0".repeat(64));
                insert.executeUpdate();
            }
            try {
                ChainVerification.Result result = SignedInAs.call("audit.max", () -> verification.verify());
                assertEquals(Tampering.UNSEQUENCED, result.firstMismatch().kind(), String.valueOf(result));
                assertEquals(head + 1, result.firstMismatch().position());
            } finally {
                try (Connection owner = schemaOwner.getConnection()) {
                    owner.createStatement().executeUpdate("DELETE FROM audit_entry WHERE id = -1");
                }
                held.rollback();
            }
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 R16 only auditors verify the chain")
    void onlyAuditorsVerify() throws Exception {
        freshEvents();
        assertTrue(verify().eventsChecked() >= 3);
        assertThrows(EJBAccessException.class, () -> SignedInAs.call("admin.eve", () -> verification.verify()));
    }

    @Test
    @DisplayName("R19 on PostgreSQL the database itself refuses UPDATE, DELETE and TRUNCATE of audit events")
    void appendOnlyOnPostgres() throws Exception {
        long last = freshEvents();
        List<String> tampering = List.of("UPDATE audit_event SET actor = 'x' WHERE position = " + last,
                "DELETE FROM audit_event WHERE position = " + last, "TRUNCATE audit_event");
        try (Connection owner = schemaOwner.getConnection(); Connection application = database.getConnection()) {
            if (!isPostgres(owner)) {
                // H2 cannot run the triggers (documented in its V9 migration): there the chain alone reveals tampering.
                return;
            }
            // Even the schema's owner meets the triggers; entries waiting for the sequencer are never changed either.
            for (String sql : List.of("UPDATE audit_entry SET actor = 'x'", "TRUNCATE audit_entry")) {
                SQLException refused = assertThrows(SQLException.class, () -> owner.createStatement().execute(sql),
                        sql);
                assertTrue(refused.getMessage().contains("written once"), refused.getMessage());
            }
            for (String sql : tampering) {
                SQLException refused = assertThrows(SQLException.class, () -> owner.createStatement().execute(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            // R33: a reason may only be erased, and only where the hash covers its digest; never rewritten.
            String forged = "UPDATE audit_event SET reason = 'forged' WHERE position = " + last;
            for (Connection anyone : List.of(owner, application)) {
                SQLException refused = assertThrows(SQLException.class, () -> anyone.createStatement().execute(forged));
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
            String applicationRole = application.getMetaData().getUserName();
            if (System.getProperty("imap.db.owner") != null) {
                assertNotEquals(owner.getMetaData().getUserName(), applicationRole, "a schema owner of its own");
            }
            if (!applicationRole.equals(owner.getMetaData().getUserName())) {
                // The application's role may read and append, and has no right to do anything else to an event.
                for (String sql : tampering) {
                    SQLException refused = assertThrows(SQLException.class,
                            () -> application.createStatement().execute(sql), sql);
                    assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
                }
                for (String sql : List.of("DELETE FROM audit_chain_head",
                        "INSERT INTO audit_chain_head (id, position, hash) VALUES (2, 0, 'x')",
                        "UPDATE audit_entry SET actor = 'x'", "TRUNCATE audit_entry")) {
                    SQLException refused = assertThrows(SQLException.class,
                            () -> application.createStatement().execute(sql), sql);
                    assertTrue(refused.getMessage().contains("permission denied"), refused.getMessage());
                }
                for (String sql : List.of("ALTER TABLE audit_event DISABLE TRIGGER USER",
                        "DROP TRIGGER audit_event_no_change ON audit_event")) {
                    SQLException refused = assertThrows(SQLException.class,
                            () -> application.createStatement().execute(sql), sql);
                    assertTrue(refused.getMessage().contains("must be owner"), refused.getMessage());
                }
            }
        }
        assertTrue(verify().valid());
    }

    /** What a forger removed, and the head before the forgery, to put the chain back afterwards. */
    record Forgery(long from, List<List<Object>> saved, long headPosition, String headHash) {
    }

    /**
     * Rewrites the chain from {@code from} as someone with the application's code and the database owner's rights
     * would: the events from there on are removed, the head moved back, and {@code count} forged events appended
     * with hashes recomputed by the application's own chain.
     */
    Forgery forge(long from, int count) throws Exception {
        long headPosition = single("SELECT position FROM audit_chain_head");
        String headHash = text("SELECT hash FROM audit_chain_head");
        List<List<Object>> saved = new ArrayList<>();
        for (long p = from; p <= headPosition; p++) {
            saved.add(row(p));
        }
        update("DELETE FROM audit_event WHERE position >= " + from);
        setHead(from - 1, text("SELECT hash FROM audit_event WHERE position = " + (from - 1)));
        transaction.begin();
        ChainHead head = em.find(ChainHead.class, ChainHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE);
        for (int i = 0; i < count; i++) {
            em.persist(head.append(new Occurrence("admin.eve", Set.of("ADMINISTRATOR"), OffsetDateTime.now(),
                    AuditAction.ACCESS_DENIED, null, null, AuditOutcome.DENIED, "forged", null, null)));
        }
        transaction.commit();
        return new Forgery(from, saved, headPosition, headHash);
    }

    void restore(Forgery forgery) throws Exception {
        update("DELETE FROM audit_event WHERE position >= " + forgery.from());
        for (List<Object> row : forgery.saved()) {
            insert(row);
        }
        setHead(forgery.headPosition(), forgery.headHash());
    }

    void setHead(long position, String hash) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement statement = c.prepareStatement(
                "UPDATE audit_chain_head SET position = ?, hash = ? WHERE id = " + ChainHead.THE_HEAD)) {
            statement.setLong(1, position);
            statement.setString(2, hash);
            statement.executeUpdate();
        }
    }

    String lastLine() throws Exception {
        List<String> lines = Files.readAllLines(checkpoints.file());
        return lines.get(lines.size() - 1);
    }

    /** Column names and values of one event, to put it back after a test removed it. */
    List<Object> row(long position) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT * FROM audit_event WHERE position = ?")) {
            query.setLong(1, position);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                ResultSetMetaData meta = result.getMetaData();
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(meta.getColumnName(i));
                    values.add(result.getObject(i));
                }
                return values;
            }
        }
    }

    void insert(List<Object> row) throws Exception {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < row.size(); i += 2) {
            columns.add((String) row.get(i));
        }
        String sql = "INSERT INTO audit_event (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 1; i < row.size(); i += 2) {
                insert.setObject(i / 2 + 1, row.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** Tampers as someone with the database owner's rights would: on PostgreSQL the triggers are switched off first. */
    void update(String sql) throws Exception {
        try (Connection c = schemaOwner.getConnection()) {
            boolean postgres = isPostgres(c);
            if (postgres) {
                c.createStatement().execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            }
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.executeUpdate();
            } finally {
                if (postgres) {
                    c.createStatement().execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
                }
            }
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    long single(String sql) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    String text(String sql) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }

    List<String> texts(String sql) throws Exception {
        List<String> texts = new ArrayList<>();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            while (result.next()) {
                texts.add(result.getString(1));
            }
        }
        return texts;
    }
}
