package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.consent.ConsentKind;

class ConsentBasisTest {

    @Test
    @DisplayName("R4 an answer starts from the basis matching the consent in force")
    void matchingTheConsentInForce() {
        assertEquals(ConsentBasis.GRANTED, ConsentBasis.offeredFor(ConsentKind.GRANTED, false));
        assertEquals(ConsentBasis.NOT_SOUGHT, ConsentBasis.offeredFor(ConsentKind.NOT_SOUGHT, true));
        assertEquals(ConsentBasis.IMPLIED_BY_SERVICE, ConsentBasis.offeredFor(ConsentKind.IMPLIED_BY_SERVICE, false));
    }

    @Test
    @DisplayName("R4 while a refusal stands, only an approved override is offered, and nothing without one")
    void aRefusalOffersOnlyItsOverride() {
        assertEquals(ConsentBasis.OVERRIDE, ConsentBasis.offeredFor(ConsentKind.REFUSED, true));
        assertNull(ConsentBasis.offeredFor(ConsentKind.REFUSED, false));
        assertNull(ConsentBasis.offeredFor(null, false));
    }

    @Test
    @DisplayName("R26 each basis reads as the consent decision it rests on, never as a code")
    void inWords() {
        assertEquals("Consent given", ConsentBasis.GRANTED.label());
        assertEquals("Consent not sought", ConsentBasis.NOT_SOUGHT.label());
        assertEquals("Approved public-interest override", ConsentBasis.OVERRIDE.label());
    }
}
