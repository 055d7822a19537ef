package uk.imap.casefile.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.casefile.EnquiryView;
import uk.imap.enquiry.DecisionClock;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;

/** Issue 16, R33: what is held of a view is found only for an equal view, and an erased enquiry's views go. */
class WrittenViewsTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);

    private final WrittenViews written = new WrittenViews();
    private final List<EnquiryView> writings = new ArrayList<>();
    private final Function<EnquiryView, byte[]> writing = view -> {
        writings.add(view);
        return (view.reference() + " " + view.requestsOverdue()).getBytes(StandardCharsets.UTF_8);
    };

    @Test
    @DisplayName("R33 a view is written once while held; another cut of it is written for itself; erasure forgets all")
    void heldUntilErased() {
        EnquiryView first = view(1, 0);
        EnquiryView otherCut = view(1, 2);
        EnquiryView another = view(2, 0);
        for (int round = 0; round < 2; round++) {
            assertArrayEquals(bytes("IMAP-2026-000001 0"), written.of(view(1, 0), writing));
            assertArrayEquals(bytes("IMAP-2026-000001 2"), written.of(otherCut, writing));
            assertArrayEquals(bytes("IMAP-2026-000002 0"), written.of(another, writing));
        }
        assertEquals(List.of(first, otherCut, another), writings, "each written once");

        assertTrue(written.holds("IMAP-2026-000001"));
        written.forget("IMAP-2026-000001");
        assertFalse(written.holds("IMAP-2026-000001"));
        assertTrue(written.holds("IMAP-2026-000002"));
        written.of(first, writing);
        written.of(otherCut, writing);
        written.of(another, writing);
        assertEquals(List.of(first, otherCut, another, first, otherCut), writings,
                "the erased enquiry's views written afresh, the other's still held");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static EnquiryView view(int number, long requestsOverdue) {
        StaffMember owner = new StaffMember("prac.owner", Set.of(Roles.PRACTITIONER), "CHILDRENS_SOCIAL_CARE",
                "HUB_TEAM_A");
        Intake intake = new Intake(Source.ANONYMOUS, null, "Child seen with bruises", Threshold.S47_SIGNIFICANT_HARM,
                Priority.AMBER, List.of("NEGLECT"), List.of(new SubjectDetails(SubjectKind.CHILD, "Robin", "Jones",
                LocalDate.of(2015, 6, 1), "1 High Street", Relationship.SUBJECT)));
        Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2026, number), intake, owner, AT, Set.of("NEGLECT"),
                new DecisionClock(new WorkingCalendar(Set.of()), Map.of()));
        return EnquiryView.of(enquiry, AT, requestsOverdue, List.of());
    }
}
