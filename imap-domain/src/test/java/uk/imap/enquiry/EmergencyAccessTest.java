package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.shared.InvalidInput;

class EmergencyAccessTest {

    static final StaffMember LEE = new StaffMember("prac.lee", Set.of(Roles.PRACTITIONER), "POLICE", "HUB_TEAM_B");
    static final StaffMember AUDITOR = new StaffMember("audit.max", Set.of(Roles.AUDITOR), null, null);

    final Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2026, 3), EnquiryTest.valid(), EnquiryTest.SAM,
            EnquiryTest.NOW, EnquiryTest.CATEGORIES, EnquiryTest.CLOCK);

    @Test
    @DisplayName("R23 a practitioner outside need to know gets 60 minutes of access by giving a reason")
    void grantedForAnHour() {
        EmergencyAccess access = EmergencyAccess.grant(enquiry, LEE, "Child at A&E at 2am; owner off duty",
                EnquiryTest.NOW);

        assertEquals(Duration.ofMinutes(60), Duration.between(access.grantedAt(), access.expiresAt()));
        assertTrue(access.isActive(EnquiryTest.NOW.plusMinutes(59)));
        assertFalse(access.isActive(EnquiryTest.NOW.plusMinutes(60)));
    }

    @Test
    @DisplayName("R23 no reason, no access; and none is needed by those who may already see the enquiry")
    void reasonsAndNeed() {
        InvalidInput noReason = assertThrows(InvalidInput.class,
                () -> EmergencyAccess.grant(enquiry, LEE, "  ", EnquiryTest.NOW));
        assertEquals("reason", noReason.problems().get(0).field());

        InvalidInput owner = assertThrows(InvalidInput.class,
                () -> EmergencyAccess.grant(enquiry, EnquiryTest.SAM, "Just because", EnquiryTest.NOW));
        assertEquals("reference", owner.problems().get(0).field());
    }

    @Test
    @DisplayName("R23 only practitioners and managers may break the glass")
    void onlyHubStaff() {
        assertThrows(EmergencyAccessRefused.class,
                () -> EmergencyAccess.grant(enquiry, AUDITOR, "Curious", EnquiryTest.NOW));
    }
}
