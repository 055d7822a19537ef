package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;

class NeedToKnowTest {

    final Enquiry samsEnquiry =
            Enquiry.draft(() -> EnquiryReference.of(2026, 1), EnquiryTest.valid(), EnquiryTest.SAM, EnquiryTest.NOW,
                    EnquiryTest.CATEGORIES);

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
}
