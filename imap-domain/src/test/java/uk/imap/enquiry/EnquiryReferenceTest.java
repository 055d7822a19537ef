package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EnquiryReferenceTest {

    @Test
    void formatsTheYearAndASixDigitNumber() {
        assertEquals("IMAP-2026-000123", EnquiryReference.of(2026, 123).value());
    }

    @Test
    void growsPastSixDigitsRatherThanWrapping() {
        assertEquals("IMAP-2026-1234567", EnquiryReference.of(2026, 1_234_567).value());
    }

    @Test
    void parsesWhatItFormats() {
        assertEquals(EnquiryReference.of(2027, 9), EnquiryReference.parse("IMAP-2027-000009"));
    }

    @Test
    void refusesTextThatCannotBeAReference() {
        assertThrows(NoSuchEnquiry.class, () -> EnquiryReference.parse("IMAP-26-1"));
        assertThrows(NoSuchEnquiry.class, () -> EnquiryReference.parse("imap-2026-000001"));
        assertThrows(NoSuchEnquiry.class, () -> EnquiryReference.parse(null));
    }
}
