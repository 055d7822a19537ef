package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ChainHeadTest {

    static Occurrence read(String record) {
        return new Occurrence("prac.sam", Set.of("PRACTITIONER"), OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0,
                ZoneOffset.ofHours(1)), AuditAction.ENQUIRY_READ, "Enquiry", record, AuditOutcome.SUCCESS,
                "127.0.0.1", "test", null);
    }

    @Test
    @DisplayName("R19 each event links to the hash of the one before, in gapless positions")
    void eventsAreChained() {
        ChainHead head = ChainHead.genesis();

        AuditEvent first = head.append(read("IMAP-2026-000001"));
        AuditEvent second = head.append(read("IMAP-2026-000002"));

        assertEquals(1, first.position());
        assertEquals(AuditEvent.GENESIS, first.previousHash());
        assertEquals(2, second.position());
        assertEquals(first.hash(), second.previousHash());
        assertEquals(second.hash(), head.hash());
        assertEquals(2, head.position());
    }

    @Test
    @DisplayName("R19 a changed field no longer matches its hash")
    void tamperingIsDetected() throws ReflectiveOperationException {
        AuditEvent event = ChainHead.genesis().append(read("IMAP-2026-000001"));
        assertTrue(event.isIntact());

        Field recordId = AuditEvent.class.getDeclaredField("recordId");
        recordId.setAccessible(true);
        recordId.set(event, "IMAP-2026-000002");

        assertFalse(event.isIntact());
    }

    @Test
    void theSameContentAtAnotherPositionHashesDifferently() {
        ChainHead head = ChainHead.genesis();

        assertNotEquals(head.append(read("X")).hash(), head.append(read("X")).hash());
    }

    @Test
    void timesAreStoredInUtcAndControlCharactersCannotSplitALine() {
        Occurrence withNewline = new Occurrence("prac.sam", Set.of(), OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0,
                ZoneOffset.ofHours(1)), AuditAction.ACCESS_DENIED, null, null, AuditOutcome.DENIED, "127.0.0.1",
                "agent\r\nFORGED LINE", null);

        AuditEvent event = ChainHead.genesis().append(withNewline);

        assertEquals(ZoneOffset.UTC, event.occurredAt().getOffset());
        assertEquals(9, event.occurredAt().getHour());
        assertFalse(event.userAgent().contains("\n"));
    }

    @Test
    @DisplayName("R18 Unicode line separators, bidi overrides and zero-width characters cannot split, reorder or hide text")
    void invisibleAndReorderingCharactersAreMadeHarmless() {
        String typed = "Reason\u2028FORGED\u2029LINE \u202eevil\u202c \u2066x\u2069 hid\u200bden\ufeff";
        Occurrence occurrence = new Occurrence("prac.sam", Set.of(), OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0,
                ZoneOffset.UTC), AuditAction.ACCESS_DENIED, null, null, AuditOutcome.DENIED, "127.0.0.1", typed, typed);

        AuditEvent event = ChainHead.genesis().append(occurrence);

        for (String text : java.util.List.of(event.reason(), event.userAgent())) {
            assertTrue(text.codePoints().noneMatch(c -> Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || Character.getType(c) == Character.FORMAT
                    || Character.isISOControl(c)), text);
        }
        assertTrue(event.isIntact());
    }
}
