package uk.imap.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.enquiry.PersonKeys;
import uk.imap.shared.InvalidInput;

class SearchTermsTest {

    @Test
    @DisplayName("R28 a reference is read as a reference, whatever its case")
    void reference() {
        SearchTerms terms = SearchTerms.read(" imap-2026-000123 ");

        assertEquals("IMAP-2026-000123", terms.reference());
        assertTrue(terms.byReference());
    }

    @Test
    @DisplayName("R28 a date of birth is read as year-month-day or as people in the UK write it")
    void dateOfBirth() {
        assertEquals(LocalDate.of(2016, 3, 14), SearchTerms.read("2016-03-14").dateOfBirth());
        assertEquals(LocalDate.of(2016, 3, 14), SearchTerms.read("14/03/2016").dateOfBirth());
        assertEquals(LocalDate.of(2016, 3, 4), SearchTerms.read("4.3.2016").dateOfBirth());
    }

    @Test
    @DisplayName("R28 a date that cannot be, or is still to come, is refused with a message to act on")
    void impossibleDates() {
        InvalidInput impossible = assertThrows(InvalidInput.class, () -> SearchTerms.read("31/02/2016"));
        assertEquals("q", impossible.problems().get(0).field());
        assertTrue(impossible.problems().get(0).message().contains("14/03/2016"), impossible.getMessage());
        assertThrows(InvalidInput.class, () -> SearchTerms.read(LocalDate.now().plusDays(1).toString()));
    }

    @Test
    @DisplayName("R28 R24 one name is matched by its sound as a given or a family name; two as given and family")
    void names() {
        SearchTerms one = SearchTerms.read("Smyth");
        assertEquals(PersonKeys.sound("Smith"), one.eitherNameSound());
        assertTrue(one.byName());

        SearchTerms two = SearchTerms.read("Jon  Smyth");
        assertEquals(PersonKeys.sound("John"), two.givenNameSound());
        assertEquals(PersonKeys.sound("Smith"), two.familyNameSound());
        assertNull(two.eitherNameSound());
    }

    @Test
    @DisplayName("R28 words with digits are an address or postcode, matched by letters and digits alone")
    void addressOrPostcode() {
        SearchTerms postcode = SearchTerms.read("LS1 4AB");

        assertEquals("ls14ab", postcode.addressPart());
        assertTrue(!postcode.byName() && !postcode.byDateOfBirth() && !postcode.byReference());
        assertEquals("12elmroad", SearchTerms.read("12 Elm Road").addressPart());
    }

    @Test
    @DisplayName("R28 an empty, overlong or too-short search is refused, never run over the whole hub")
    void refused() {
        assertThrows(InvalidInput.class, () -> SearchTerms.read(null));
        assertThrows(InvalidInput.class, () -> SearchTerms.read("   "));
        assertThrows(InvalidInput.class, () -> SearchTerms.read("x".repeat(SearchTerms.LONGEST + 1)));
        assertThrows(InvalidInput.class, () -> SearchTerms.read("B1"));
        assertThrows(InvalidInput.class, () -> SearchTerms.read("!!"));
    }
}
