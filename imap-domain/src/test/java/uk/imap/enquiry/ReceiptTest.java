package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.calendar.WorkingCalendarTest;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class ReceiptTest {

    // A Friday afternoon in the hub.
    static final OffsetDateTime FRIDAY = WorkingCalendarTest.london(2026, 11, 27, 15);
    static final DecisionClock CLOCK = new DecisionClock(new WorkingCalendar(Set.of()), Map.of());

    static Intake intake(Priority priority, Receipt receipt) {
        Intake valid = EnquiryTest.valid();
        return new Intake(valid.source(), valid.referrer(), valid.summary(), valid.threshold(), priority,
                valid.concernCategories(), valid.subjects(), receipt);
    }

    static Enquiry draft(Intake intake, DecisionClock clock) {
        return Enquiry.draft(() -> EnquiryReference.of(2026, 11), intake, EnquiryTest.SAM, FRIDAY,
                EnquiryTest.CATEGORIES, clock);
    }

    @Test
    @DisplayName("R30 received now by default; a Red concern is due in four working hours, an Amber one in a working day")
    void dueFromReceiptByPriority() {
        Enquiry red = draft(intake(Priority.RED, Receipt.now()), CLOCK);
        assertEquals(FRIDAY.toInstant(), red.receivedAt().toInstant());
        assertNull(red.receivedAtReason());
        assertEquals(WorkingCalendarTest.london(2026, 11, 27, 19).toInstant(), red.decisionDueAt().toInstant());

        Enquiry amber = draft(intake(Priority.AMBER, Receipt.now()), CLOCK);
        assertEquals(WorkingCalendarTest.london(2026, 11, 30, 15).toInstant(), amber.decisionDueAt().toInstant());
    }

    @Test
    @DisplayName("R30 the hours are the administrators': two hours for Red counts two")
    void hoursAsSet() {
        Enquiry red = draft(intake(Priority.RED, Receipt.now()),
                new DecisionClock(new WorkingCalendar(Set.of()), Map.of(Priority.RED, 2)));
        assertEquals(WorkingCalendarTest.london(2026, 11, 27, 17).toInstant(), red.decisionDueAt().toInstant());
    }

    @Test
    @DisplayName("R30 a time of receipt in the future is refused and nothing is drafted")
    void neverInTheFuture() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> draft(intake(Priority.AMBER, new Receipt(FRIDAY.plusMinutes(5), "typo")), CLOCK));
        assertEquals(List.of("receivedAt"), refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    @DisplayName("R30 an earlier time of receipt needs a reason; with one, the clock starts then and a draft can be overdue")
    void earlierWithAReason() {
        OffsetDateTime morning = FRIDAY.minusHours(6);
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> draft(intake(Priority.RED, new Receipt(morning, " ")), CLOCK));
        assertEquals("receivedAtReason", refused.problems().get(0).field());

        Enquiry late = draft(intake(Priority.RED, new Receipt(morning, "Left on the hub's answerphone overnight")), CLOCK);
        assertEquals(morning.toInstant(), late.receivedAt().toInstant());
        assertEquals("Left on the hub's answerphone overnight", late.receivedAtReason());
        assertEquals(morning.plusHours(4).toInstant(), late.decisionDueAt().toInstant());
        assertEquals(EnquiryStatus.DRAFT, late.status());
        assertTrue(late.isDecisionOverdue(FRIDAY));
    }

    @Test
    @DisplayName("R30 a few minutes spent typing it up need no reason")
    void withinTheGrace() {
        Enquiry typed = draft(intake(Priority.AMBER, new Receipt(FRIDAY.minusMinutes(10), null)), CLOCK);
        assertEquals(FRIDAY.minusMinutes(10).toInstant(), typed.receivedAt().toInstant());
    }

    @Test
    @DisplayName("R30 a correction to Red moves the decision due; the time shown and sent back unchanged is not checked again")
    void revisingMovesTheDue() {
        Enquiry enquiry = draft(intake(Priority.AMBER, Receipt.now()), CLOCK);
        OffsetDateTime nextWeek = FRIDAY.plusDays(3);

        enquiry.revise(intake(Priority.RED, new Receipt(enquiry.receivedAt().plusSeconds(20), null)), EnquiryTest.SAM,
                nextWeek, EnquiryTest.CATEGORIES, CLOCK);

        assertEquals(FRIDAY.toInstant(), enquiry.receivedAt().toInstant());
        assertEquals(WorkingCalendarTest.london(2026, 11, 27, 19).toInstant(), enquiry.decisionDueAt().toInstant());
        assertFalse(enquiry.isDecisionOverdue(FRIDAY.plusHours(1)));
    }
}
