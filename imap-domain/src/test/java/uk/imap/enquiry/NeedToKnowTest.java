package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.casefile.EnquiryView;
import uk.imap.shared.InvalidInput;

class NeedToKnowTest {

    final Enquiry samsEnquiry =
            Enquiry.draft(() -> EnquiryReference.of(2026, 1), EnquiryTest.valid(), EnquiryTest.SAM, EnquiryTest.NOW,
                    EnquiryTest.CATEGORIES, EnquiryTest.CLOCK);

    @Test
    @DisplayName("R16 the owner may see its enquiry")
    void theOwnerMaySee() {
        assertTrue(NeedToKnow.of(EnquiryTest.SAM).permits(samsEnquiry));
    }

    @Test
    @DisplayName("R16 the manager of the enquiry's team may see it")
    void theTeamsManagerMaySee() {
        StaffMember ana = new StaffMember("mgr.ana", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_A");

        assertTrue(NeedToKnow.of(ana).permits(samsEnquiry));
    }

    @Test
    @DisplayName("R16 a practitioner of another team may not see it")
    void anotherPractitionerMayNotSee() {
        StaffMember lee = new StaffMember("prac.lee", Set.of(Roles.PRACTITIONER), "POLICE", "HUB_TEAM_B");

        assertFalse(NeedToKnow.of(lee).permits(samsEnquiry));
    }

    @Test
    @DisplayName("R16 a manager of another team, an auditor or an administrator may not see it")
    void othersMayNotSee() {
        StaffMember otherManager = new StaffMember("mgr.bo", Set.of(Roles.MANAGER), "POLICE", "HUB_TEAM_B");
        StaffMember auditor = new StaffMember("audit.max", Set.of(Roles.AUDITOR), "INFORMATION_GOVERNANCE", null);
        StaffMember admin = new StaffMember("admin.eve", Set.of(Roles.ADMINISTRATOR), "IT", "HUB_TEAM_A");

        assertFalse(NeedToKnow.of(otherManager).permits(samsEnquiry));
        assertFalse(NeedToKnow.of(auditor).permits(samsEnquiry));
        assertFalse(NeedToKnow.of(admin).permits(samsEnquiry));
    }

    static final StaffMember ANA = new StaffMember("mgr.ana", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE",
            "HUB_TEAM_A");
    static final StaffMember LEE = new StaffMember("prac.lee", Set.of(Roles.PRACTITIONER), "POLICE", "HUB_TEAM_B");
    static final StaffMember PAT = new StaffMember("cg.pat", Set.of(Roles.CALDICOTT_GUARDIAN), "HEALTH", null);

    @Test
    @DisplayName("R16 a practitioner assigned by the team's manager may see the enquiry until removed")
    void assignment() {
        samsEnquiry.assign(Assignment.ADD, "prac.lee", "Sam is on leave", ANA, EnquiryTest.NOW);
        assertTrue(NeedToKnow.of(LEE).permits(samsEnquiry));

        samsEnquiry.assign(Assignment.REMOVE, "prac.lee", "Sam is back", ANA, EnquiryTest.NOW);
        assertFalse(NeedToKnow.of(LEE).permits(samsEnquiry));
    }

    @Test
    @DisplayName("R16 an assignment needs a reason and a change that changes something")
    void assignmentNeedsAReason() {
        assertThrows(InvalidInput.class,
                () -> samsEnquiry.assign(Assignment.ADD, "prac.lee", " ", ANA, EnquiryTest.NOW));
        assertThrows(InvalidInput.class,
                () -> samsEnquiry.assign(Assignment.ADD, "prac.sam", "Already the owner", ANA, EnquiryTest.NOW));
        assertThrows(InvalidInput.class,
                () -> samsEnquiry.assign(Assignment.REMOVE, "prac.lee", "Not assigned", ANA, EnquiryTest.NOW));
        assertFalse(NeedToKnow.of(LEE).permits(samsEnquiry));
    }

    @Test
    @DisplayName("R16 handing over makes the new owner the owner, and the old one loses sight of it")
    void handOver() {
        samsEnquiry.assign(Assignment.HAND_OVER, "prac.lee", "Lee knows the family", ANA, EnquiryTest.NOW);

        assertTrue(NeedToKnow.of(LEE).permits(samsEnquiry));
        assertFalse(NeedToKnow.of(EnquiryTest.SAM).permits(samsEnquiry));
    }

    @Test
    @DisplayName("R13 sensitive content is the owner's, the team manager's and the Caldicott Guardian's, not an assignee's")
    void guardedContent() {
        samsEnquiry.assign(Assignment.ADD, "prac.lee", "Cover", ANA, EnquiryTest.NOW);

        assertTrue(NeedToKnow.of(EnquiryTest.SAM).seesGuardedContent(samsEnquiry));
        assertTrue(NeedToKnow.of(ANA).seesGuardedContent(samsEnquiry));
        assertTrue(NeedToKnow.of(PAT).seesGuardedContent(samsEnquiry));
        assertFalse(NeedToKnow.of(LEE).seesGuardedContent(samsEnquiry));
        assertFalse(NeedToKnow.of(PAT).permits(samsEnquiry), "the Guardian's view is through reviews, not the record");
    }

    @Test
    @DisplayName("R16 a manager of several teams sees each team's enquiries, and no other team's")
    void managerOfSeveralTeams() {
        StaffMember kai = new StaffMember("mgr.kai", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_B",
                Set.of("HUB_TEAM_A", "HUB_TEAM_B"));
        StaffMember joe = new StaffMember("mgr.joe", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_C",
                Set.of("HUB_TEAM_C"));

        assertTrue(NeedToKnow.of(kai).permits(samsEnquiry));
        assertTrue(NeedToKnow.of(kai).managesTeamOf(samsEnquiry));
        assertFalse(NeedToKnow.of(joe).permits(samsEnquiry));
    }

    @Test
    @DisplayName("R16 R23 changes are the owner's and the team manager's: an assignee reads but does not change")
    void changesStayWithOwnerAndManager() {
        samsEnquiry.assign(Assignment.ADD, "prac.lee", "Cover", ANA, EnquiryTest.NOW);

        assertTrue(NeedToKnow.of(EnquiryTest.SAM).permitsChange(samsEnquiry));
        assertTrue(NeedToKnow.of(ANA).permitsChange(samsEnquiry));
        assertTrue(NeedToKnow.of(LEE).permits(samsEnquiry));
        assertFalse(NeedToKnow.of(LEE).permitsChange(samsEnquiry));
        assertFalse(NeedToKnow.of(PAT).permitsChange(samsEnquiry));
    }

    @Test
    @DisplayName("R16 R13 a view of the enquiry answers every question of need to know as the enquiry does")
    void aViewAnswersAsTheEnquiry() {
        samsEnquiry.assign(Assignment.ADD, "prac.lee", "Cover", ANA, EnquiryTest.NOW);
        for (int change = 0; change < 2; change++) {
            EnquiryView view = EnquiryView.of(samsEnquiry, EnquiryTest.NOW, 0, List.of());
            for (StaffMember member : List.of(EnquiryTest.SAM, ANA, LEE, PAT, new StaffMember("mgr.bo",
                    Set.of(Roles.MANAGER), "POLICE", "HUB_TEAM_B"), new StaffMember("admin.eve",
                    Set.of(Roles.ADMINISTRATOR), "IT", "HUB_TEAM_A"))) {
                NeedToKnow needToKnow = NeedToKnow.of(member);
                assertEquals(List.of(needToKnow.permits(samsEnquiry), needToKnow.permitsChange(samsEnquiry),
                                needToKnow.seesGuardedContent(samsEnquiry), needToKnow.managesTeamOf(samsEnquiry)),
                        List.of(needToKnow.permits(view), needToKnow.permitsChange(view),
                                needToKnow.seesGuardedContent(view), needToKnow.managesTeamOf(view)),
                        member.username() + " after " + change + " changes");
            }
            if (change == 0) {
                samsEnquiry.assign(Assignment.REMOVE, "prac.lee", "Sam is back", ANA, EnquiryTest.NOW);
            }
        }
    }
}
