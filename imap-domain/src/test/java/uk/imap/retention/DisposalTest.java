package uk.imap.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.consent.ConsentDetails;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.Closing;
import uk.imap.enquiry.DecisionClock;
import uk.imap.enquiry.Disposal;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryDisposed;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Outcome;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Referrer;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;

class DisposalTest {

    static final StaffMember SAM = new StaffMember("prac.sam", Set.of(Roles.PRACTITIONER), "CHILDRENS_SOCIAL_CARE",
            "HUB_TEAM_A");
    static final StaffMember PAT = new StaffMember("cg.pat", Set.of(Roles.CALDICOTT_GUARDIAN), "CHILDRENS_SOCIAL_CARE",
            null);
    // Closed on a bank holiday Monday in a leap year: neither moves the end of retention.
    static final OffsetDateTime CLOSED = OffsetDateTime.of(2020, 5, 25, 11, 0, 0, 0, ZoneOffset.UTC);
    static final RetentionSchedule SCHEDULE = RetentionSchedule.parse(RetentionScheduleTest.COUNCIL);

    static Enquiry enquiry(boolean close) {
        Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2020, 77), new Intake(Source.PROFESSIONAL,
                new Referrer("Jo Teacher", "Oak School", "01234 567890"), "Robin came to school hungry",
                Threshold.EARLY_HELP, Priority.GREEN, List.of(), List.of(new SubjectDetails(SubjectKind.CHILD,
                "Robin", "Jones", LocalDate.of(2015, 6, 1), "1 High Street", Relationship.SUBJECT))), SAM,
                CLOSED.minusDays(3), Set.of(), new DecisionClock(new WorkingCalendar(Set.of(LocalDate.of(2020, 5, 25))),
                Map.of()));
        enquiry.record(new ConsentDetails(ConsentKind.REFUSED, "Alex Jones (mother)", false, false, false, false,
                "No", null, null, null, null, null, null, null), SAM, CLOSED.minusDays(2));
        enquiry.moveTo(EnquiryStatus.OPEN, null, null, SAM, CLOSED.minusDays(2));
        if (close) {
            enquiry.moveTo(EnquiryStatus.CLOSED, Closing.of(Outcome.NO_FURTHER_ACTION, "Fed at breakfast club"), SAM,
                    CLOSED);
        }
        return enquiry;
    }

    static OffsetDateTime on(int year, int month, int day) {
        return OffsetDateTime.of(year, month, day, 12, 0, 0, 0, ZoneOffset.UTC);
    }

    @Test
    @DisplayName("R33 past retention and under no hold, a closed enquiry is disposed of: its own personal content"
            + " erased, its reference, dates and outcome kept, and every read told when and under which entry")
    void disposed() {
        Enquiry enquiry = enquiry(true);

        Disposal disposal = SCHEDULE.disposalOf(enquiry, false, PAT, on(2026, 5, 26));
        enquiry.dispose(disposal, PAT);

        assertEquals("P6Y", disposal.scheduleEntry());
        assertTrue(enquiry.isDisposed());
        assertEquals("", enquiry.summary());
        assertNull(enquiry.referrer());
        assertNull(enquiry.outcomeReasons());
        assertEquals(Outcome.NO_FURTHER_ACTION, enquiry.outcome());
        assertEquals(EnquiryStatus.CLOSED, enquiry.status(), "still counted as closed (R25)");
        EnquiryDisposed read = assertThrows(EnquiryDisposed.class, enquiry::requireNotDisposed);
        assertTrue(read.getMessage().contains("IMAP-2020-000077") && read.getMessage().contains("(P6Y)")
                && read.getMessage().contains("No further action"), read.getMessage());
        assertThrows(EnquiryDisposed.class, () -> SCHEDULE.disposalOf(enquiry, false, PAT, on(2026, 6, 1)),
                "disposed once");
    }

    @Test
    @DisplayName("R33 nothing is disposed of by accident: on its last day, under a hold, or not closed, it is refused"
            + " and nothing changes")
    void neverByAccident() {
        Enquiry enquiry = enquiry(true);

        NotDisposable lastDay = assertThrows(NotDisposable.class,
                () -> SCHEDULE.disposalOf(enquiry, false, PAT, on(2026, 5, 25)));
        assertTrue(lastDay.getMessage().contains("kept until 25 May 2026"), lastDay.getMessage());
        NotDisposable held = assertThrows(NotDisposable.class,
                () -> SCHEDULE.disposalOf(enquiry, true, PAT, on(2030, 1, 1)));
        assertTrue(held.getMessage().contains("legal hold"), held.getMessage());
        assertThrows(NotDisposable.class, () -> SCHEDULE.disposalOf(enquiry(false), false, PAT, on(2040, 1, 1)));
        assertFalse(enquiry.isDisposed());
        assertEquals("Robin came to school hungry", enquiry.summary());
    }
}
