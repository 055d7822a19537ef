package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.casefile.EnquiryView;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.Priority;

/**
 * Issue 16: an enquiry's view read in full and kept, cut later for a viewer, is exactly the view read for that viewer
 * at that time: the same masking (R13) and the same deadlines judged again (R15).
 */
class ViewAsSeenTest {

    private final Enquiry enquiry = Cases.openEnquiry(Priority.AMBER, ConsentKind.GRANTED);
    private final InformationRequest answered = Cases.sent(enquiry, Cases.askPolice());
    private final InformationRequest stillOut = Cases.sent(enquiry, Cases.ask("HEALTH", "Health visitor's records"));

    ViewAsSeenTest() {
        answered.answer(new DisclosureDetails(DisclosureDecision.SHARE_ALL, "Relevant to the child's safety",
                ConsentBasis.GRANTED, null, List.of(
                item(Sensitivity.STANDARD, "Three call-outs since March"),
                item(Sensitivity.SENSITIVE, "Mother disclosed depression to officers"),
                item(Sensitivity.RESTRICTED, "The family's new address")), List.of(),
                EnumSet.allOf(CaldicottPrinciple.class), null, null), enquiry.currentConsent(), null, Cases.RAY,
                Cases.NOW);
    }

    @Test
    @DisplayName("R13 R15 the kept view cut for each viewer a month later equals the view read for them then")
    void cutEqualsRead() {
        EnquiryView kept = view(Cases.NOW, true);
        OffsetDateTime later = Cases.NOW.plusDays(30);
        for (boolean seesGuarded : List.of(true, false)) {
            assertEquals(view(later, seesGuarded), kept.asSeenBy(later, seesGuarded), "sees guarded: " + seesGuarded);
            assertEquals(view(later, seesGuarded).hashCode(), kept.asSeenBy(later, seesGuarded).hashCode(),
                    "equal views hash alike");
        }
        EnquiryView masked = kept.asSeenBy(later, false);
        assertNotEquals(kept.asSeenBy(later, true), masked, "the cut must change something");
        assertTrue(masked.overdue() && masked.requestsOverdue() == 1, "deadlines judged at the later time");
        assertEquals(List.of(false, true, true), masked.requests().get(0).currentDisclosure().items().stream()
                .map(DisclosureView.ItemView::masked).toList());
    }

    @Test
    @DisplayName("R15 the kept view shown on a worklist a month later equals the worklist's row read then")
    void onWorklistEqualsRead() {
        EnquiryView kept = view(Cases.NOW, true);
        OffsetDateTime later = Cases.NOW.plusDays(30);
        EnquiryView row = kept.onWorklist(later);
        assertEquals(EnquiryView.of(enquiry, later, 1, null), row);
        assertTrue(row.overdue() && row.requestsOverdue() == 1 && kept.requestsOverdue() == 0,
                "deadlines judged at the later time");
    }

    private EnquiryView view(OffsetDateTime at, boolean seesGuarded) {
        List<RequestView> requests = List.of(RequestView.of(answered, at, seesGuarded),
                RequestView.of(stillOut, at, seesGuarded));
        return EnquiryView.of(enquiry, at, requests.stream().filter(RequestView::overdue).count(), requests);
    }

    private static DisclosureDetails.ItemDetails item(Sensitivity sensitivity, String content) {
        return new DisclosureDetails.ItemDetails(InformationCategory.DOMESTIC_ABUSE_INCIDENTS, content,
                Reliability.VERIFIED, sensitivity, null);
    }
}
