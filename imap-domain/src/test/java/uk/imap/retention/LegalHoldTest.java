package uk.imap.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.shared.InvalidInput;

class LegalHoldTest {

    static final StaffMember MANAGER = new StaffMember("mgr.ana", Set.of(Roles.MANAGER), null, "HUB_TEAM_A");
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.UTC);

    @Test
    @DisplayName("R33 a hold needs a reason, one at a time, and keeps its record when lifted")
    void holds() {
        LegalHold hold = LegalHold.place(7L, "  Claim against the council ", false, MANAGER, AT);
        assertTrue(hold.inPlace());
        assertEquals("Claim against the council", hold.reason());

        hold.lift(MANAGER, AT.plusDays(1));
        assertFalse(hold.inPlace());
        assertEquals("mgr.ana", hold.liftedBy());

        assertEquals("reason", assertThrows(InvalidInput.class, () -> LegalHold.place(7L, "Inquiry", true, MANAGER,
                AT)).problems().get(0).field());
        assertThrows(InvalidInput.class, () -> LegalHold.place(7L, null, false, MANAGER, AT));
        assertThrows(InvalidInput.class, () -> LegalHold.place(7L, "x".repeat(1001), false, MANAGER, AT));
    }
}
