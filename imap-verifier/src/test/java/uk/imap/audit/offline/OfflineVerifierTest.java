package uk.imap.audit.offline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditEntry;
import uk.imap.audit.AuditEvent;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.ChainHead;
import uk.imap.audit.Checkpoint;
import uk.imap.audit.CheckpointKeys;
import uk.imap.audit.Occurrence;
import uk.imap.signing.SigningKeyPair;

/**
 * R19 offline: the verifier reads a real H2 database built by the application's own migrations, with a chain and
 * checkpoints made by the domain's own code, and tells valid from each kind of tampering by its exit status.
 */
class OfflineVerifierTest {

    @TempDir
    Path folder;

    String url;
    Path checkpoints;
    Path publicKey;
    SigningKeyPair key;
    List<AuditEvent> chain;

    @BeforeEach
    void chainOfTwentyWithCheckpointsAtTenAndTwenty() throws Exception {
        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load().migrate();
        key = SigningKeyPair.at(folder.resolve("checkpoint-key.pem"));
        publicKey = SigningKeyPair.publicFileOf(folder.resolve("checkpoint-key.pem"));
        checkpoints = folder.resolve("checkpoints.log");
        chain = append(ChainHead.genesis(), 20, "IMAP-");
        Checkpoint ten = sign(chain.get(9), Checkpoint.FIRST);
        Checkpoint twenty = sign(chain.get(19), ten.hash());
        Files.write(checkpoints, List.of(ten.line(), twenty.line()));
    }

    @Test
    @DisplayName("R19 an untouched database verifies offline against its checkpoints")
    void valid() {
        assertEquals("0 VALID: 20 events and 2 checkpoints verified, under 1 key; 0 with a reason erased under retention", verify());
    }

    @Test
    @DisplayName("R34 offline, checkpoints signed before and after a key rotation verify under the keys' history")
    void rotatedKeys() throws Exception {
        SigningKeyPair next = SigningKeyPair.at(folder.resolve("next.pem"));
        Checkpoint ten = Checkpoint.parse(Files.readAllLines(checkpoints).get(0));
        OffsetDateTime rotated = ten.at().plusMinutes(1);
        AuditEvent twenty = chain.get(19);
        Checkpoint renewed = Checkpoint.sign(twenty.position(), twenty.hash(), rotated.plusMinutes(1), ten.hash(),
                next.privateKey(), CheckpointKeys.idOf(next.publicKey()));
        Files.write(checkpoints, List.of(ten.line(), renewed.line()));
        Path keys = folder.resolve("checkpoint-keys.txt");
        Files.write(keys, CheckpointKeys.only(key.publicKey()).rotatedTo(next.publicKey(), rotated).lines());

        assertEquals("0 VALID: 20 events and 2 checkpoints verified, under 2 keys; 0 with a reason erased under"
                + " retention", verify("--keys", keys));
        assertTrue(verify().startsWith("1 TAMPERED: first bad position 20 (BAD_SIGNATURE)"),
                "the old key alone does not vouch for the new key's checkpoint: " + verify());
    }

    @Test
    @DisplayName("R19 offline, a field edited in the database is MODIFIED at its position")
    void modified() throws Exception {
        sql("UPDATE audit_event SET actor = 'someone.else' WHERE position = 7");

        assertTrue(verify().startsWith("1 TAMPERED: first bad position 7 (MODIFIED)"), verify());
    }

    @Test
    @DisplayName("R33 R19 offline, a reason erased under retention still verifies and is counted; one rewritten is not")
    void erasedReason() throws Exception {
        sql("UPDATE audit_event SET reason = NULL WHERE position = 6");

        assertEquals("0 VALID: 20 events and 2 checkpoints verified, under 1 key; 1 with a reason erased under"
                + " retention", verify());

        sql("UPDATE audit_event SET reason = 'Asked about someone else' WHERE position = 11");
        assertTrue(verify().startsWith("1 TAMPERED: first bad position 11 (MODIFIED)"), verify());
    }

    @Test
    @DisplayName("R19 offline, a reason's digest removed to pass the reason off as hashed is MODIFIED")
    void digestRemoved() throws Exception {
        sql("UPDATE audit_event SET reason_digest = NULL WHERE position = 16");

        assertTrue(verify().startsWith("1 TAMPERED: first bad position 16 (MODIFIED)"), verify());
    }

    @Test
    @DisplayName("R19 offline, an event placed by the sequencer whose entry hash was removed is MODIFIED")
    void entryHashRemoved() throws Exception {
        sql("UPDATE audit_event SET entry_hash = NULL WHERE position = 14");

        assertTrue(verify().startsWith("1 TAMPERED: first bad position 14 (MODIFIED)"), verify());
    }

    @Test
    @DisplayName("R19 offline, an entry still waiting for the sequencer long after any transaction could be open is"
            + " UNSEQUENCED after the chain's end; one written a moment ago is not")
    void leftWaiting() throws Exception {
        String waiting = "INSERT INTO audit_entry (id, occurred_at, actor, roles, action, outcome, content_hash)"
                + " VALUES (%d, TIMESTAMP WITH TIME ZONE '%s', 'prac.sam', 'PRACTITIONER', 'ENQUIRY_READ', 'SUCCESS',"
                + " '%s')";
        sql(waiting.formatted(1, OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(2), "0".repeat(64)));
        assertTrue(verify().startsWith("0 VALID"), verify());

        sql(waiting.formatted(2, OffsetDateTime.now(ZoneOffset.UTC).minusHours(1), "0".repeat(64)));
        assertTrue(verify().startsWith("1 TAMPERED: first bad position 21 (UNSEQUENCED)"), verify());
    }

    @Test
    @DisplayName("R19 offline, a row whose action no version of IMAP writes is MODIFIED")
    void unreadable() throws Exception {
        sql("UPDATE audit_event SET action = 'NOTHING_TO_SEE' WHERE position = 3");

        assertTrue(verify().startsWith("1 TAMPERED: first bad position 3 (MODIFIED)"), verify());
    }

    @Test
    @DisplayName("R19 offline, a chain rewritten consistently from position 5 disagrees with the checkpoint at 10")
    void rewritten() throws Exception {
        sql("DELETE FROM audit_event WHERE position >= 5");
        ChainHead forger = ChainHead.genesis();
        append(forger, 4, "IMAP-", false);
        append(forger, 16, "FORGED-");

        assertTrue(verify().startsWith("1 TAMPERED: first bad position 10 (CHECKPOINT_MISMATCH)"), verify());
    }

    @Test
    @DisplayName("R19 offline, checkpoints checked with another key are a BAD_SIGNATURE at the first of them")
    void otherKey() throws Exception {
        SigningKeyPair.at(folder.resolve("other.pem"));
        publicKey = SigningKeyPair.publicFileOf(folder.resolve("other.pem"));

        assertTrue(verify().startsWith("1 TAMPERED: first bad position 10 (BAD_SIGNATURE)"), verify());
    }

    @Test
    @DisplayName("R19 offline, a missing option or an unreachable database cannot verify, and says why")
    void cannotVerify() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        assertEquals(OfflineVerifier.CANNOT_VERIFY, OfflineVerifier.run(new String[] {"--url", url}, null,
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("Missing --user"));

        url = "jdbc:h2:mem:" + UUID.randomUUID() + ";IFEXISTS=TRUE";
        assertTrue(verify().startsWith("2 "), verify());
    }

    /** The exit status and what the verifier printed. */
    String verify() {
        return verify("--public-key", publicKey);
    }

    String verify(String keyOption, Path keys) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = OfflineVerifier.run(new String[] {"--url", url, "--user", "sa", "--checkpoints",
                checkpoints.toString(), keyOption, keys.toString()}, "",
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(out, true, StandardCharsets.UTF_8));
        return status + " " + out.toString(StandardCharsets.UTF_8).strip();
    }

    List<AuditEvent> append(ChainHead head, int count, String prefix) throws Exception {
        return append(head, count, prefix, true);
    }

    /** Appends reads to the chain with the domain's own code; {@code store} false only moves the head. */
    List<AuditEvent> append(ChainHead head, int count, String prefix, boolean store) throws Exception {
        List<AuditEvent> events = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            for (int i = 0; i < count; i++) {
                Occurrence read = new Occurrence("prac.sam", Set.of("PRACTITIONER"),
                        OffsetDateTime.of(2026, 11, 25, 10, 0, i, 0, ZoneOffset.UTC), AuditAction.ENQUIRY_READ,
                        "Enquiry", prefix + (head.position()), AuditOutcome.SUCCESS, "10.0.0.1", "test",
                        i % 5 == 0 ? "Asked about Robin Jones" : null);
                // The first ten as written before the sequencer, the rest placed by it: one chain verifies both.
                AuditEvent event = head.position() < 10 ? head.append(read) : head.sequence(AuditEntry.of(read));
                events.add(event);
                if (store) {
                    insert(c, event);
                }
            }
            try (PreparedStatement moveHead = c.prepareStatement(
                    "UPDATE audit_chain_head SET position = ?, hash = ? WHERE id = 1")) {
                moveHead.setLong(1, head.position());
                moveHead.setString(2, head.hash());
                moveHead.executeUpdate();
            }
        }
        return events;
    }

    static void insert(Connection c, AuditEvent e) throws Exception {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_event (position, occurred_at, actor,"
                + " roles, action, record_type, record_id, outcome, origin, user_agent, reason, previous_hash, hash,"
                + " reason_digest, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, e.position());
            insert.setObject(2, e.occurredAt());
            insert.setString(3, e.actor());
            insert.setString(4, String.join(",", e.roles().stream().sorted().toList()));
            insert.setString(5, e.action().name());
            insert.setString(6, e.recordType());
            insert.setString(7, e.recordId());
            insert.setString(8, e.outcome().name());
            insert.setString(9, e.origin());
            insert.setString(10, e.userAgent());
            insert.setString(11, e.reason());
            insert.setString(12, e.previousHash());
            insert.setString(13, e.hash());
            insert.setString(14, e.reasonDigest());
            insert.setString(15, e.entryHash());
            insert.executeUpdate();
        }
    }

    Checkpoint sign(AuditEvent event, String previous) {
        return Checkpoint.sign(event.position(), event.hash(), event.occurredAt(), previous, key.privateKey());
    }

    void sql(String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().executeUpdate(statement);
        }
    }
}
