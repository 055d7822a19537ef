package uk.imap.subjectaccess;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import uk.imap.enquiry.DecisionClock;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Referrer;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;

class BundleSectionTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 25, 9, 30, 0, 0, ZoneOffset.UTC);
    static final StaffMember SAM = new StaffMember("prac.sam", Set.of(Roles.PRACTITIONER), "CHILDRENS_SOCIAL_CARE",
            "HUB_TEAM_A");

    static Enquiry enquiry() {
        Intake intake = new Intake(Source.PROFESSIONAL, new Referrer("Jo Teacher", "Oak School", "01234 567890"),
                "Kai Jones hit Robin at home; Alexander next door heard it", Threshold.S47_SIGNIFICANT_HARM,
                Priority.RED, List.of(), List.of(
                new SubjectDetails(SubjectKind.CHILD, "Robin", "Jones", LocalDate.of(2015, 6, 1), "1 High Street",
                        Relationship.SUBJECT),
                new SubjectDetails(SubjectKind.ADULT, "Kai", "Jones", null, "1 High Street",
                        Relationship.CARER)));
        Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2026, 41), intake, SAM, NOW, Set.of(),
                new DecisionClock(new WorkingCalendar(Set.of()), Map.of()));
        enquiry.record(new ConsentDetails(ConsentKind.REFUSED, "Alex Jones (mother)", false, false, false, false,
                "No: Kai would find out", null, null, null, null, null, null, null), SAM, NOW);
        return enquiry;
    }

    @Test
    @DisplayName("R33 a section marks every third party: the others on the enquiry, the referrer, who gave consent,"
            + " and where their names appear in the free text")
    void thirdPartiesMarked() {
        Enquiry enquiry = enquiry();

        BundleSection section = BundleSection.of(enquiry, enquiry.subjects().get(0), "linked at intake", List.of(),
                Map.of());

        assertEquals("IMAP-2026-000041", section.reference());
        assertEquals(List.of("Kai Jones (" + Relationship.CARER.label() + ")"), section.othersNamed());
        assertEquals(List.of("Kai Jones", "Jo Teacher", "Alex Jones (mother)"),
                section.thirdParties().stream().map(ThirdParty::name).toList());
        ThirdParty kai = section.thirdParties().get(0);
        assertEquals(List.of("summary", "consent decision 1: statement"), kai.mentionedIn());
        ThirdParty alex = section.thirdParties().get(2);
        assertEquals("gave or refused consent", alex.as());
        assertTrue(alex.mentionedIn().contains("summary"), "Jones is in the summary: " + alex.mentionedIn());
        assertEquals("No: Kai would find out", section.consent().get(0).statement());
        assertEquals("Jo Teacher, Oak School", section.referrer());
    }

    @Test
    @DisplayName("R33 a name is found as whole words of three letters or more, in any case")
    void wholeWords() {
        assertTrue(BundleSection.mentions(BundleSection.namePatterns("Alex Jones (mother)"), "ALEX said no"));
        assertFalse(BundleSection.mentions(BundleSection.namePatterns("Alex"), "Alexander said no"));
        assertFalse(BundleSection.mentions(BundleSection.namePatterns("Jo Li"), "Jo and Li met"),
                "two-letter words are not taken for names");
        assertFalse(BundleSection.mentions(BundleSection.namePatterns("Kai"), null));
        assertFalse(BundleSection.mentions(BundleSection.namePatterns("Alex Jones (mother)"), "her mother said no"),
                "what is in brackets describes, it does not name");
    }
}
