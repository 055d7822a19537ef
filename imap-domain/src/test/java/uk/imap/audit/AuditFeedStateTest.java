package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AuditFeedStateTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 3, 9, 30, 0, 0, ZoneOffset.UTC);

    @Test
    @DisplayName("R34 the auditor reads the feed's lag in words")
    void inWords() {
        assertEquals("No SIEM receiver is configured. 12 events have not been forwarded; they wait in the database"
                + " and are sent in order once a receiver is configured.",
                new AuditFeedState(null, 0, null, 12, AT).inWords());
        assertEquals("Every event has reached siem:6514. Last confirmed delivery: position 40, 3 Dec 2026 09:30.",
                new AuditFeedState("siem:6514", 40, AT, 0, null).inWords());
        assertEquals("1 event has not yet reached siem:6514; the oldest happened 3 Dec 2026 09:30. Last confirmed"
                + " delivery: position 40, 3 Dec 2026 09:30.",
                new AuditFeedState("siem:6514", 40, AT, 1, AT).inWords());
    }
}
