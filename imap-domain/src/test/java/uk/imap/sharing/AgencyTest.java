package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.shared.InvalidInput;

class AgencyTest {

    @Test
    @DisplayName("R15 a new agency comes with a shared mailbox that is an email address, and can be asked at once")
    void newAgency() {
        Agency probation = new Agency("PROBATION", "Probation Service", 9, " hub@probation.example ");

        assertEquals("hub@probation.example", probation.sharedMailbox());
        assertTrue(probation.isActive());
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new Agency("PROBATION", "Probation Service", 9, "hub at probation"));
        assertEquals("sharedMailbox", refused.problems().get(0).field());
        assertThrows(InvalidInput.class, () -> new Agency("probation", "Probation Service", 9, "a@b.example"));
    }

    @Test
    @DisplayName("R22 a bad mailbox leaves the one set before")
    void mailboxChange() {
        Agency housing = new Agency("HOUSING", "Housing", 3, "housing@council.example");

        assertThrows(InvalidInput.class, () -> housing.changeMailbox(""));
        assertEquals("housing@council.example", housing.sharedMailbox());
    }
}
