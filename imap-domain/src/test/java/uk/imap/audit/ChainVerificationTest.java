package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
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
}
