package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class EnquiryTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 9, 30, 0, 0, ZoneOffset.UTC);
    static final Set<String> CATEGORIES = Set.of("NEGLECT", "DOMESTIC_ABUSE");
    static final DecisionClock CLOCK = new DecisionClock(new WorkingCalendar(Set.of()), Map.of());
    static final StaffMember SAM = new StaffMember("prac.sam", Set.of(Roles.PRACTITIONER), "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_A");

    static SubjectDetails child() {
        return new SubjectDetails(SubjectKind.CHILD, "Jamie", "Smith", LocalDate.of(2018, 3, 4), "1 High Street",
                Relationship.SUBJECT);
    }

    static Intake intake(Source source, Referrer referrer, String summary, List<SubjectDetails> subjects) {
        return new Intake(source, referrer, summary, Threshold.EARLY_HELP, Priority.AMBER, List.of("NEGLECT"), subjects);
    }

    static Intake valid() {
        return intake(Source.PROFESSIONAL, new Referrer("A Teacher", "Oak School", "01234 567890"),
                "Child arrives hungry most days", List.of(child()));
    }

    @Test
    void aDraftIsOwnedByThePractitionerAndInTheirTeam() {
        Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2026, 1), valid(), SAM, NOW, CATEGORIES, CLOCK);

        assertEquals(EnquiryStatus.DRAFT, enquiry.status());
        assertEquals("prac.sam", enquiry.owner());
        assertEquals("HUB_TEAM_A", enquiry.team());
        assertEquals(1, enquiry.subjects().size());
        assertEquals(List.of("NEGLECT"), enquiry.concernCategories());
        assertTrue(NeedToKnow.of(SAM).permitsChange(enquiry));
    }

    @Test
    void anAnonymousEnquiryHasNoReferrer() {
        Intake anonymous = intake(Source.ANONYMOUS, null, "Shouting heard nightly", List.of(child()));

        assertNull(Enquiry.draft(() -> EnquiryReference.of(2026, 2), anonymous, SAM, NOW, CATEGORIES, CLOCK).referrer());
    }

    @Test
    void anAnonymousEnquiryWithAReferrerIsRefused() {
        Intake anonymous = intake(Source.ANONYMOUS, new Referrer("Named Person", null, null), "x", List.of(child()));

        assertEquals(List.of("referrer"), fields(anonymous));
    }

    @Test
    @DisplayName("R22 every bad field is reported at once and nothing is drafted")
    void everyProblemIsReportedAtOnce() {
        SubjectDetails nameless = new SubjectDetails(SubjectKind.CHILD, " ", null, LocalDate.of(2030, 1, 1), null, null);
        Intake bad = new Intake(Source.PROFESSIONAL, null, "  ", null, null, List.of("NOT_A_CATEGORY"), List.of(nameless));

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> Enquiry.draft(() -> EnquiryReference.of(2026, 3), bad, SAM, NOW, CATEGORIES, CLOCK));

        assertEquals(List.of("referrer.name", "summary", "threshold", "priority", "concernCategories",
                        "subjects[0].givenName", "subjects[0].familyName", "subjects[0].dateOfBirth",
                        "subjects[0].relationship"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    void anEnquiryIsAboutAtLeastOneChild() {
        SubjectDetails mother = new SubjectDetails(SubjectKind.ADULT, "Alex", "Smith", null, null, Relationship.MOTHER);

        assertEquals(List.of("subjects"), fields(intake(Source.PUBLIC, new Referrer("N", null, null), "x", List.of(mother))));
        assertEquals(List.of("subjects"), fields(intake(Source.PUBLIC, new Referrer("N", null, null), "x", List.of())));
    }

    @Test
    void aSummaryLongerThanTheLimitIsRefused() {
        Intake tooLong = intake(Source.ANONYMOUS, null, "x".repeat(Intake.SUMMARY_LENGTH + 1), List.of(child()));

        assertEquals(List.of("summary"), fields(tooLong));
    }

    private static List<String> fields(Intake intake) {
        return intake.problems(NOW, CATEGORIES).stream().map(FieldProblem::field).toList();
    }
}
