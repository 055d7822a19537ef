package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * R18, R19 with the sequencer (issue 16): an entry is written with a hash of its own content, placed in the chain
 * later, and verifies beside events placed directly by the design before it.
 */
class SequencedChainTest {

    static void set(Object target, String field, Object value) throws ReflectiveOperationException {
        Field f = target.getClass().getDeclaredField(field);
        f.setAccessible(true);
        f.set(target, value);
    }

    @Test
    @DisplayName("R19 events placed directly (the old design) and sequenced entries verify in one chain")
    void oldAndSequencedEventsVerifyTogether() {
        ChainHead head = ChainHead.genesis();
        List<AuditEvent> chain = new ArrayList<>();
        chain.add(head.append(ChainHeadTest.read("IMAP-2026-000001")));
        chain.add(head.append(ChainHeadTest.read("IMAP-2026-000002")));
        chain.add(head.sequence(AuditEntry.of(ChainHeadTest.read("IMAP-2026-000003"))));
        chain.add(head.sequence(AuditEntry.of(ChainHeadTest.read("IMAP-2026-000004"))));

        ChainVerification verification = new ChainVerification();
        chain.forEach(verification::check);
        ChainVerification.Result result = verification.finish(head.position(), head.hash());

        assertTrue(result.valid(), String.valueOf(result.firstMismatch()));
        assertNull(chain.get(1).entryHash(), "placed directly: no entry hash, hashed exactly as before");
        assertEquals(AuditEntry.of(ChainHeadTest.read("IMAP-2026-000003")).contentHash(), chain.get(2).entryHash());
        assertEquals(chain.get(1).hash(), chain.get(2).previousHash());
    }

    @Test
    @DisplayName("R19 an entry changed while it waited for the sequencer shows as modified once placed")
    void changedWhileWaiting() throws ReflectiveOperationException {
        AuditEntry entry = AuditEntry.of(ChainHeadTest.read("IMAP-2026-000001"));
        set(entry, "actor", "someone.else");

        AuditEvent placed = ChainHead.genesis().sequence(entry);

        assertFalse(placed.isIntact());
    }

    @Test
    @DisplayName("R19 a placed event's entry hash cannot be changed or removed without the chain showing it")
    void entryHashIsCoveredByTheChain() throws ReflectiveOperationException {
        AuditEvent placed = ChainHead.genesis().sequence(AuditEntry.of(ChainHeadTest.read("IMAP-2026-000001")));
        assertTrue(placed.isIntact());

        set(placed, "entryHash", null);

        assertFalse(placed.isIntact());
    }

    @Test
    @DisplayName("R33 a reason erased after sequencing leaves the event intact")
    void erasedReason() throws ReflectiveOperationException {
        Occurrence why = new Occurrence("prac.sam", java.util.Set.of("PRACTITIONER"),
                OffsetDateTime.parse("2026-12-04T10:00:00Z"), AuditAction.EMERGENCY_ACCESS_GRANTED, "Enquiry",
                "IMAP-2026-000001", AuditOutcome.SUCCESS, "127.0.0.1", "test", "Child at A&E, named Kai");
        AuditEvent placed = ChainHead.genesis().sequence(AuditEntry.of(why));

        set(placed, "reason", null);

        assertTrue(placed.isIntact());
        assertTrue(placed.reasonErased());
    }

    @Test
    @DisplayName("R19 an entry left waiting for the sequencer is reported after the whole chain, at the next position")
    void leftWaiting() {
        ChainHead head = ChainHead.genesis();
        ChainVerification verification = new ChainVerification();
        verification.check(head.sequence(AuditEntry.of(ChainHeadTest.read("IMAP-2026-000001"))));
        OffsetDateTime written = OffsetDateTime.parse("2026-12-04T09:00:00Z");

        verification.waitingSince(written);
        ChainVerification.Result result = verification.finish(head.position(), head.hash());

        assertFalse(result.valid());
        assertEquals(new ChainVerification.Mismatch(2, written, Tampering.UNSEQUENCED), result.firstMismatch());
    }
}
