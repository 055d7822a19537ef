package uk.imap.sharing.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.Priority;
import uk.imap.sharing.AskedRequestView;
import uk.imap.sharing.InformationCategory;
import uk.imap.sharing.RequestStatus;

/** Issue 16, R15, R33: a request held for an agency's list is used only at its enquiry's version, judged afresh. */
class AskedViewsTest {

    private static final OffsetDateTime DUE = OffsetDateTime.of(2026, 12, 7, 12, 0, 0, 0, ZoneOffset.UTC);

    private final AskedViews asked = new AskedViews();

    private static AskedRequestView out(long id, boolean overdue) {
        return new AskedRequestView(id, "IMAP-2026-000042", "POLICE", "Decide on a strategy discussion",
                "Police attended twice", List.of("CHILDREN_ACT_1989_S47"),
                List.of(InformationCategory.DOMESTIC_ABUSE_INCIDENTS), "Shows the pattern", "The child may go home",
                Priority.RED, RequestStatus.SENT, DUE.minusHours(4), DUE, overdue, List.of(), ConsentKind.NOT_SOUGHT,
                DUE.minusHours(5), List.of(), List.of(), List.of());
    }

    @Test
    @DisplayName("R16 held at one version of the enquiry, never used at another")
    void onlyAtItsVersion() {
        asked.hold(7, 70, 3, out(7, false));

        assertTrue(asked.holds(7));
        assertEquals(Optional.of(out(7, false)), asked.of(7, 3, DUE.minusHours(1)));
        assertEquals(Optional.empty(), asked.of(7, 4, DUE.minusHours(1)), "the enquiry changed since");
        assertEquals(Optional.empty(), asked.of(8, 3, DUE.minusHours(1)), "another request");
    }

    @Test
    @DisplayName("R15 whether a held request is overdue is judged at each look")
    void overdueJudgedAtEachLook() {
        AskedRequestView held = out(7, false);
        asked.hold(7, 70, 3, held);

        assertSame(held, asked.of(7, 3, DUE.minusMinutes(1)).orElseThrow());
        assertTrue(asked.of(7, 3, DUE.plusMinutes(1)).orElseThrow().overdue());
        assertEquals(out(7, true), asked.of(7, 3, DUE.plusMinutes(1)).orElseThrow());
    }

    @Test
    @DisplayName("R33 an erased enquiry's requests leave memory, and only its own")
    void erasedEnquiryForgotten() {
        asked.hold(7, 70, 3, out(7, false));
        asked.hold(8, 70, 3, out(8, false));
        asked.hold(9, 90, 1, out(9, false));

        asked.forget(70);

        assertFalse(asked.holds(7));
        assertFalse(asked.holds(8));
        assertTrue(asked.holds(9));
    }
}
