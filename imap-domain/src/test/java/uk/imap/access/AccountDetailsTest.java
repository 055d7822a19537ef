package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class AccountDetailsTest {

    static final Set<String> AGENCIES = Set.of("POLICE", "HEALTH");

    @Test
    @DisplayName("R20 an account's roles granted and removed are worked out from before and after")
    void grantsAndRemovals() {
        AccountDetails after = new AccountDetails("new.nia", Set.of("MANAGER", "AUDITOR"), "POLICE", Set.of());

        assertEquals(Set.of("AUDITOR"), after.grantedSince(Set.of("MANAGER", "PRACTITIONER")));
        assertEquals(Set.of("PRACTITIONER"), after.removedSince(Set.of("MANAGER", "PRACTITIONER")));
        assertEquals(after, after.checked(AGENCIES));
        AccountDetails itStaff = new AccountDetails("admin.eve", Set.of("ADMINISTRATOR"), "IT", Set.of());
        assertEquals(itStaff, itStaff.checked(AGENCIES));
        assertThrows(InvalidInput.class, () -> new AccountDetails("new.ray", Set.of("AGENCY_RESPONDER"), "IT",
                Set.of()).checked(AGENCIES));
    }

    @Test
    @DisplayName("R22 a bad user name, an unknown role, a responder without a partner agency and a bad team are refused by field")
    void refused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> new AccountDetails("No Spaces!",
                Set.of("SUPERUSER", "AGENCY_RESPONDER"), "MI5", Set.of("team a")).checked(AGENCIES));

        assertEquals(List.of("username", "roles", "agency", "teams"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    @DisplayName("R27 a password has 12 to 128 characters and does not contain the user name")
    void passwords() {
        assertEquals(12, NewPassword.of("correct-hors", "nia").characters().length);
        assertThrows(InvalidInput.class, () -> NewPassword.of("short", "nia"));
        assertThrows(InvalidInput.class, () -> NewPassword.of("x".repeat(129), "nia"));
        assertThrows(InvalidInput.class, () -> NewPassword.of("my-name-is-NEW.NIA", "new.nia"));
    }
}
