package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainVerificationTest {

    final ChainHead head = ChainHead.genesis();
    final List<AuditEvent> chain = new ArrayList<>();

    ChainVerificationTest() {
        for (int i = 1; i <= 10; i++) {
            chain.add(head.append(ChainHeadTest.read("IMAP-2026-00000" + i)));
        }
    }

    ChainVerification.Result verify(List<AuditEvent> events) {
        ChainVerification verification = new ChainVerification();
        events.forEach(verification::check);
        return verification.finish(head.position(), head.hash());
    }

    static void set(AuditEvent event, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }

    @Test
    @DisplayName("R19 an untouched chain verifies, every event checked")
    void intact() {
        ChainVerification.Result result = verify(chain);

        assertTrue(result.valid());
        assertEquals(10, result.eventsChecked());
    }

    @Test
    @DisplayName("R19 an edited field is MODIFIED at its position")
    void modified() throws ReflectiveOperationException {
        set(chain.get(4), "actor", "someone.else");

        ChainVerification.Result result = verify(chain);

        assertFalse(result.valid());
        assertEquals(new ChainVerification.Mismatch(5, chain.get(4).occurredAt(), Tampering.MODIFIED),
                result.firstMismatch());
    }

    @Test
    @DisplayName("R19 a deleted event is a GAP at its position")
    void deleted() {
        chain.remove(6);

        assertEquals(Tampering.GAP, verify(chain).firstMismatch().kind());
        assertEquals(7, verify(chain).firstMismatch().position());
    }

    @Test
    @DisplayName("R19 two events swapped break the links at the first of them")
    void swapped() throws ReflectiveOperationException {
        AuditEvent third = chain.get(2);
        AuditEvent fourth = chain.get(3);
        set(third, "position", 4L);
        set(fourth, "position", 3L);
        Collections.swap(chain, 2, 3);

        ChainVerification.Mismatch mismatch = verify(chain).firstMismatch();

        assertEquals(3, mismatch.position());
        assertEquals(Tampering.LINK_BROKEN, mismatch.kind());
    }

    @Test
    @DisplayName("R19 events removed from the end are TRUNCATED where the chain stops short of its head")
    void truncated() {
        ChainVerification.Mismatch mismatch = verify(chain.subList(0, 8)).firstMismatch();

        assertEquals(9, mismatch.position());
        assertEquals(Tampering.TRUNCATED, mismatch.kind());
    }

    @Test
    @DisplayName("R19 a forged event with a recomputed hash still breaks the link to the next event")
    void forged() throws ReflectiveOperationException {
        ChainHead forger = ChainHead.genesis();
        List<AuditEvent> forged = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            forged.add(forger.append(ChainHeadTest.read(i == 5 ? "FORGED" : "IMAP-2026-00000" + i)));
        }
        List<AuditEvent> tampered = new ArrayList<>(forged);
        tampered.addAll(chain.subList(5, 10));

        ChainVerification.Mismatch mismatch = verify(tampered).firstMismatch();

        assertEquals(6, mismatch.position());
        assertEquals(Tampering.LINK_BROKEN, mismatch.kind());
    }

    @Test
    @DisplayName("R19 a chain rewritten consistently from the start verifies alone but not against its checkpoints")
    void rewrittenConsistently() {
        KeyPair key = Checkpoints.key();
        List<String> checkpoints = List.of(Checkpoints.at(chain.get(3), Checkpoint.FIRST, key).line());
        ChainHead forger = ChainHead.genesis();
        List<AuditEvent> rewritten = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rewritten.add(forger.append(ChainHeadTest.read(i == 2 ? "REWRITTEN" : "IMAP-2026-00000" + i)));
        }
        ChainVerification alone = new ChainVerification();
        rewritten.forEach(alone::check);
        assertTrue(alone.finish(forger.position(), forger.hash()).valid());

        ChainVerification checked = new ChainVerification(checkpoints, key.getPublic());
        rewritten.forEach(checked::check);
        ChainVerification.Result result = checked.finish(forger.position(), forger.hash());

        assertEquals(4, result.firstMismatch().position());
        assertEquals(Tampering.CHECKPOINT_MISMATCH, result.firstMismatch().kind());
    }

    @Test
    @DisplayName("R19 a checkpoint not signed by the checkpoint key is a BAD_SIGNATURE")
    void forgedCheckpoint() {
        KeyPair key = Checkpoints.key();
        Checkpoint good = Checkpoints.at(chain.get(2), Checkpoint.FIRST, key);
        Checkpoint forged = Checkpoints.at(chain.get(6), good.hash(), Checkpoints.key());

        ChainVerification verification = new ChainVerification(List.of(good.line(), forged.line()), key.getPublic());
        chain.forEach(verification::check);
        ChainVerification.Result result = verification.finish(head.position(), head.hash());

        assertEquals(new ChainVerification.Mismatch(7, chain.get(6).occurredAt(), Tampering.BAD_SIGNATURE),
                result.firstMismatch());
        assertEquals(2, result.checkpointsChecked());
    }

    @Test
    @DisplayName("R19 a removed checkpoint breaks the link between the checkpoints around it")
    void removedCheckpoint() {
        KeyPair key = Checkpoints.key();
        Checkpoint one = Checkpoints.at(chain.get(2), Checkpoint.FIRST, key);
        Checkpoint two = Checkpoints.at(chain.get(5), one.hash(), key);
        Checkpoint three = Checkpoints.at(chain.get(8), two.hash(), key);

        ChainVerification verification = new ChainVerification(List.of(one.line(), three.line()), key.getPublic());
        chain.forEach(verification::check);

        assertEquals(Tampering.CHECKPOINT_MISMATCH, verification.finish(head.position(), head.hash())
                .firstMismatch().kind());
    }

    @Test
    @DisplayName("R19 events cut below a checkpoint are TRUNCATED even when the head was moved back to match")
    void truncatedBelowCheckpoint() {
        KeyPair key = Checkpoints.key();
        List<String> checkpoints = List.of(Checkpoints.at(chain.get(8), Checkpoint.FIRST, key).line());
        List<AuditEvent> cut = chain.subList(0, 6);

        ChainVerification verification = new ChainVerification(checkpoints, key.getPublic());
        cut.forEach(verification::check);
        ChainVerification.Mismatch mismatch = verification.finish(6, cut.get(5).hash()).firstMismatch();

        assertEquals(7, mismatch.position());
        assertEquals(Tampering.TRUNCATED, mismatch.kind());
    }

    @Test
    @DisplayName("R19 a line in the checkpoint file that is not a checkpoint counts as a bad signature")
    void unreadableCheckpoint() {
        KeyPair key = Checkpoints.key();
        Checkpoint one = Checkpoints.at(chain.get(2), Checkpoint.FIRST, key);

        ChainVerification verification = new ChainVerification(List.of(one.line(), "position=9 trust me"),
                key.getPublic());
        chain.forEach(verification::check);
        ChainVerification.Mismatch mismatch = verification.finish(head.position(), head.hash()).firstMismatch();

        assertEquals(4, mismatch.position());
        assertEquals(Tampering.BAD_SIGNATURE, mismatch.kind());
    }

    @Test
    @DisplayName("R19 a chain that agrees with good checkpoints verifies")
    void agreesWithCheckpoints() {
        KeyPair key = Checkpoints.key();
        Checkpoint one = Checkpoints.at(chain.get(2), Checkpoint.FIRST, key);
        Checkpoint two = Checkpoints.at(chain.get(9), one.hash(), key);

        ChainVerification verification = new ChainVerification(List.of(one.line(), two.line()), key.getPublic());
        chain.forEach(verification::check);
        ChainVerification.Result result = verification.finish(head.position(), head.hash());

        assertTrue(result.valid(), String.valueOf(result.firstMismatch()));
        assertEquals(2, result.checkpointsChecked());
    }
}
