package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.calendar.WorkingCalendarTest;
import uk.imap.consent.ConsentDetailsTest;
import uk.imap.consent.ConsentFactor;
import uk.imap.consent.ConsentGround;
import uk.imap.consent.ConsentKind;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class EnquiryLifecycleTest {

    static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 28)));
    // A Thursday morning in the hub.
    static final OffsetDateTime THURSDAY = WorkingCalendarTest.london(2026, 12, 24, 10);
    static final DecisionClock CLOCK = new DecisionClock(CALENDAR, Map.of());
    static final StaffMember ANA = new StaffMember("mgr.ana", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_A");

    final Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2026, 7), EnquiryTest.valid(), EnquiryTest.SAM,
            THURSDAY, EnquiryTest.CATEGORIES, CLOCK);

    void notSought() {
        enquiry.record(ConsentDetailsTest.notSought(Set.of(ConsentGround.RISK_OF_HARM), Set.of(), "Father is violent"),
                EnquiryTest.SAM, THURSDAY);
    }

    void open() {
        enquiry.moveTo(EnquiryStatus.OPEN, null, null, EnquiryTest.SAM, THURSDAY);
    }

    @Test
    @DisplayName("R1 an enquiry cannot leave DRAFT without a consent decision")
    void openingNeedsConsent() {
        assertThrows(ConsentRequired.class, this::open);
        assertEquals(EnquiryStatus.DRAFT, enquiry.status());
    }

    @Test
    @DisplayName("R1 with a consent decision recorded, the enquiry opens")
    void openingWithConsent() {
        notSought();
        open();

        assertEquals(EnquiryStatus.OPEN, enquiry.status());
        assertEquals(THURSDAY.toInstant(), enquiry.openedAt().toInstant());
    }

    @Test
    @DisplayName("R15 R30 the hub decision on an Amber concern is due one working day after receipt, past Christmas and the weekend")
    void decisionDueInOneWorkingDay() {
        notSought();
        open();

        // Thursday 24 December: Friday is Christmas, then the weekend, then the Boxing Day holiday on Monday 28th.
        assertEquals(WorkingCalendarTest.london(2026, 12, 29, 10).toInstant(), enquiry.decisionDueAt().toInstant());
        assertFalse(enquiry.isDecisionOverdue(WorkingCalendarTest.london(2026, 12, 29, 9)));
        assertTrue(enquiry.isDecisionOverdue(WorkingCalendarTest.london(2026, 12, 29, 11)));
    }

    @Test
    @DisplayName("R6 a new decision supersedes the old one and the history keeps both, oldest first")
    void decisionsAreSupersededNotOverwritten() {
        notSought();
        enquiry.record(ConsentDetailsTest.notSought(Set.of(ConsentGround.UNJUSTIFIED_DELAY),
                Set.of(ConsentFactor.CLOSED_ENVIRONMENT), "Strategy meeting at noon"), ANA, THURSDAY.plusHours(1));

        assertEquals(2, enquiry.consentHistory().size());
        assertEquals(Set.of(ConsentGround.RISK_OF_HARM), enquiry.consentHistory().get(0).grounds());
        assertEquals(enquiry.consentHistory().get(1), enquiry.currentConsent());
        assertEquals("mgr.ana", enquiry.currentConsent().decidedBy());
    }

    @Test
    @DisplayName("R6 consent not sought flags the enquiry for review until consent is reviewed or it closes")
    void notSoughtIsFlaggedForReview() {
        notSought();
        assertTrue(enquiry.needsConsentReview());

        enquiry.record(new uk.imap.consent.ConsentDetails(ConsentKind.GRANTED, "Alex Smith", true, true, true, true,
                null, null, null, null, null, null, null, null), EnquiryTest.SAM, THURSDAY.plusHours(2));

        assertFalse(enquiry.needsConsentReview());
    }

    @Test
    @DisplayName("R7 below the s47 threshold, consent not sought on an R3 ground still permits sharing")
    void thresholdDoesNotGateSharing() {
        for (Threshold threshold : Threshold.values()) {
            Intake intake = new Intake(Source.ANONYMOUS, null, "x", threshold, Priority.GREEN, List.of(),
                    List.of(EnquiryTest.child()));
            Enquiry below = Enquiry.draft(() -> EnquiryReference.of(2026, 8), intake, EnquiryTest.SAM, THURSDAY,
                    EnquiryTest.CATEGORIES, CLOCK);
            below.record(ConsentDetailsTest.notSought(Set.of(ConsentGround.UNJUSTIFIED_DELAY), Set.of(), "Delay"),
                    EnquiryTest.SAM, THURSDAY);

            assertTrue(below.permitsSharingWithoutOverride(), threshold.name());
        }
    }

    @Test
    @DisplayName("R4 R7 a refusal needs an override whatever the threshold, and no decision permits nothing")
    void refusalAndNoDecisionDoNotPermitSharing() {
        assertFalse(enquiry.permitsSharingWithoutOverride());

        enquiry.record(new uk.imap.consent.ConsentDetails(ConsentKind.REFUSED, "Alex Smith", false, false, false,
                false, "No", null, null, null, null, null, null, null), EnquiryTest.SAM, THURSDAY);

        assertFalse(enquiry.permitsSharingWithoutOverride());
    }

    @Test
    void closingNeedsAnOutcomeAndReasonsAndThenNothingChanges() {
        notSought();
        open();

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> enquiry.moveTo(EnquiryStatus.CLOSED, null, " ", ANA, THURSDAY));
        assertEquals(List.of("outcome", "reasons"), refused.problems().stream().map(FieldProblem::field).toList());
        assertEquals(EnquiryStatus.OPEN, enquiry.status());

        enquiry.moveTo(EnquiryStatus.CLOSED, Outcome.EARLY_HELP, "Family accepts early help", ANA, THURSDAY);
        assertEquals(Outcome.EARLY_HELP, enquiry.outcome());
        assertFalse(enquiry.needsConsentReview());
        assertFalse(enquiry.isDecisionOverdue(THURSDAY.plusDays(30)));
        assertThrows(EnquiryClosed.class, this::notSought);
        assertThrows(EnquiryClosed.class, () -> enquiry.revise(EnquiryTest.valid(), ANA, THURSDAY, EnquiryTest.CATEGORIES, CLOCK));
    }

    @Test
    @DisplayName("R29 a close as a s47 strategy discussion needs the discussion recorded; the threshold is set at close")
    void closingAsAStrategyDiscussion() {
        notSought();
        open();

        InvalidInput refused = assertThrows(InvalidInput.class, () -> enquiry.moveTo(EnquiryStatus.CLOSED,
                new Closing(Outcome.S47_STRATEGY_DISCUSSION, "Harm", Threshold.S47_SIGNIFICANT_HARM, false),
                ANA, THURSDAY));
        assertEquals("outcome", refused.problems().get(0).field());
        assertEquals(EnquiryStatus.OPEN, enquiry.status());

        enquiry.moveTo(EnquiryStatus.CLOSED, new Closing(Outcome.S47_STRATEGY_DISCUSSION, "Harm",
                Threshold.S47_SIGNIFICANT_HARM, true), ANA, THURSDAY);
        assertEquals(Threshold.S47_SIGNIFICANT_HARM, enquiry.threshold());
        assertEquals(EnquiryStatus.CLOSED, enquiry.status());
    }

    @Test
    void theLifeCycleHasNoShortcuts() {
        assertThrows(TransitionNotAllowed.class,
                () -> enquiry.moveTo(EnquiryStatus.CLOSED, Outcome.OTHER, "x", ANA, THURSDAY));
        notSought();
        open();
        assertThrows(TransitionNotAllowed.class,
                () -> enquiry.moveTo(EnquiryStatus.DRAFT, null, null, ANA, THURSDAY));
    }

    @Test
    @DisplayName("R21 a change from a stale copy is refused, naming who changed the enquiry and when")
    void staleCopiesConflict() {
        enquiry.expectVersion(enquiry.version());

        EditConflict conflict = assertThrows(EditConflict.class, () -> enquiry.expectVersion(enquiry.version() - 1));

        assertEquals("prac.sam", conflict.changedBy());
        assertTrue(conflict.getMessage().contains("prac.sam"), conflict.getMessage());
    }

    @Test
    @DisplayName("R22 a revision with bad input changes nothing")
    void aBadRevisionChangesNothing() {
        Intake blank = new Intake(Source.PROFESSIONAL, null, "", null, null, List.of(), List.of());

        assertThrows(InvalidInput.class, () -> enquiry.revise(blank, ANA, THURSDAY, EnquiryTest.CATEGORIES, CLOCK));

        assertEquals("Child arrives hungry most days", enquiry.summary());
        assertEquals("prac.sam", enquiry.lastChangedBy());
    }

    @Test
    void peopleCanBeRemovedOnlyFromADraft() {
        Intake withMother = new Intake(Source.ANONYMOUS, null, "Revised", Threshold.EARLY_HELP, Priority.GREEN,
                List.of(), List.of(EnquiryTest.child(), new SubjectDetails(SubjectKind.ADULT, "Alex", "Smith", null,
                null, Relationship.MOTHER)));
        enquiry.revise(withMother, ANA, THURSDAY, EnquiryTest.CATEGORIES, CLOCK);
        assertEquals(2, enquiry.subjects().size());
        assertNull(enquiry.referrer());

        notSought();
        open();
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> enquiry.revise(EnquiryTest.valid(), ANA, THURSDAY, EnquiryTest.CATEGORIES, CLOCK));
        assertEquals("subjects", refused.problems().get(0).field());
    }

    @Test
    @DisplayName("R15 open work is Open, Awaiting information and Decision, the same for one enquiry and for queries")
    void openWork() {
        assertEquals(List.of(EnquiryStatus.OPEN, EnquiryStatus.AWAITING_INFORMATION, EnquiryStatus.DECISION),
                EnquiryStatus.active());
        assertFalse(EnquiryStatus.DRAFT.isActive());
        assertFalse(EnquiryStatus.CLOSED.isActive());
    }
}
