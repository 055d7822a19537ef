package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PersonKeysTest {

    @Test
    @DisplayName("R24 names that sound alike share a key")
    void similarNamesShareAKey() {
        assertEquals(PersonKeys.of("Jon", "Smith", null), PersonKeys.of("John", "Smyth", null));
        assertEquals(PersonKeys.of("Katherine", "Brown", null).givenName(),
                PersonKeys.of("Catherine", "Braun", null).givenName());
    }

    @Test
    @DisplayName("R24 different names do not match")
    void differentNamesDiffer() {
        assertNotEquals(PersonKeys.of("Jamie", "Smith", null).familyName(), PersonKeys.of("Jamie", "Jones", null).familyName());
    }

    @Test
    @DisplayName("R24 addresses match whatever their spacing, case and punctuation")
    void addressesAreCompared() {
        assertEquals(PersonKeys.of(null, null, "1 High Street, Oakton").address(),
                PersonKeys.of(null, null, "1 high street oakton").address());
        assertNull(PersonKeys.of(null, null, "Flat").address());
    }

    @Test
    void unknownNamesHaveNoKey() {
        assertNull(PersonKeys.of("Unknown", " ", null).givenName());
        assertNull(PersonKeys.of("Unknown", " ", null).familyName());
    }
}
