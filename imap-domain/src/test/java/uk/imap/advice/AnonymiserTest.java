package uk.imap.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;

class AnonymiserTest {

    static SubjectDetails person(SubjectKind kind, String given, String family, Relationship relationship,
                                 String address) {
        return new SubjectDetails(kind, given, family, LocalDate.of(2015, 3, 9), address, relationship);
    }

    final Anonymiser family = Anonymiser.of(List.of(
            person(SubjectKind.CHILD, "Will", "Turner", Relationship.SUBJECT, "14 Orchard Way, Leeds LS6 2AB"),
            person(SubjectKind.CHILD, "Maisie", "Turner", Relationship.SIBLING, "14 Orchard Way, Leeds LS6 2AB"),
            person(SubjectKind.ADULT, "Karen", "Turner", Relationship.MOTHER, "14 Orchard Way, Leeds LS6 2AB"),
            person(SubjectKind.ADULT, "Dean", "O'Brien", Relationship.PARTNER_OF_PARENT, "3 Mill Court")));

    @Test
    @DisplayName("R17 names in any case and possessives become roles; a family name shared becomes 'the family'")
    void namesBecomeRoles() {
        String text = family.anonymise("WILL told his teacher that Dean O'Brien hit him. will's sister maisie saw it;"
                + " Karen's phone was taken by dean. The Turners moved here in May.");

        assertEquals("Child A told his teacher that Partner of a parent hit him. Child A's sister Child B saw it;"
                + " Mother's phone was taken by Partner of a parent. The family moved here in May.", text);
    }

    @Test
    @DisplayName("R17 a name that is also an everyday word is replaced only where it is written as a name")
    void everydayWordsStay() {
        String text = family.anonymise("Mum says she will call tomorrow. Will will stay with his gran. Dean said"
                + " the dean of the college will help.");

        assertEquals("Mum says she will call tomorrow. Child A will stay with his gran. Partner of a parent said"
                + " the dean of the college will help.", text);
    }

    @Test
    @DisplayName("R17 addresses, postcodes, dates, phone numbers, emails and NHS numbers are replaced")
    void identifiers() {
        String text = family.anonymise("Seen at 14 orchard way, leeds LS6 2AB on 09/03/2015 and 9 March 2015;"
                + " call 07700 900123 or +44 113 496 0000, email karen.t@example.com; NHS 943 476 5919;"
                + " previous address BD1 4QT, case 12345678.");

        assertFalse(text.contains("Orchard") || text.contains("orchard"), text);
        assertTrue(text.startsWith("Seen at Address 1 on [date] and [date]; call [phone number] or [phone number],"
                + " email [email address]; NHS [NHS number]; previous address [postcode], case [number]."), text);
    }

    @Test
    @DisplayName("R17 text without identifiers is left as it was")
    void plainText() {
        String text = "The school reports frequent absence and hunger.";

        assertEquals(text, family.anonymise(text));
    }
}
