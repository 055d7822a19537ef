package uk.imap.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** R17: every kind of UK identifier, written the ways people write it, is gone from the text an advisor reads. */
class PersonalIdentifiersTest {

    static final List<String> WORDS = List.of("the", "school", "said", "mum", "was", "seen", "on", "at", "and",
            "called", "police", "visit", "Her", "his", "number", "is", "born", "lives", "GP", "reports", "child", "from",
            "—", "(", ")", ":", ";", ",", ".", "new", "address", "contact", "NI", "UPN", "NHS", "dob", "tel");

    /** Random sentences of ordinary words with the identifier somewhere in them. */
    static Arbitrary<String> around(Arbitrary<String> identifier) {
        Arbitrary<String> words = Arbitraries.of(WORDS).list().ofMaxSize(8).map(list -> String.join(" ", list));
        return Combinators.combine(words, identifier, words).as((before, it, after) -> before + " " + it + " " + after);
    }

    @Property(tries = 300)
    @Label("R17 dates in any common written form are replaced")
    void dates(@ForAll("dateTexts") String dated) {
        String written = dated.substring(dated.indexOf('\u0001') + 1, dated.indexOf('\u0002'));
        String text = dated.replace("\u0001", "").replace("\u0002", "");
        String redacted = PersonalIdentifiers.redact(text);
        assertFalse(redacted.contains(written), written + " in " + redacted);
        assertTrue(redacted.contains("["), redacted);
    }

    @Provide
    Arbitrary<String> dateTexts() {
        Arbitrary<String> dates = Combinators.combine(Arbitraries.integers().between(0, 9000).map(days ->
                LocalDate.of(2000, 1, 1).plusDays(days)), Arbitraries.of("d MMMM yyyy", "MMMM d, yyyy", "MMM d yyyy",
                "d MMM yyyy", "dd/MM/yyyy", "d/M/yy", "yyyy-MM-dd", "dd.MM.yyyy", "EEEE d MMMM yyyy", "d-MMM-yy",
                "MMMM yyyy", "d MMMM", "MMMM d", "dd-MM-yyyy"), Arbitraries.of(true, false))
                .as((date, pattern, ordinal) -> {
                    String written = DateTimeFormatter.ofPattern(pattern, Locale.UK).format(date);
                    if (ordinal && pattern.startsWith("d ")) {
                        written = written.replaceFirst("^(\\d+)", "$1" + suffix(date.getDayOfMonth()));
                    }
                    return "\u0001" + written + "\u0002";
                });
        return around(dates);
    }

    @Property(tries = 300)
    @Label("R17 phone numbers, landline and mobile, national and international, however spaced, are replaced")
    void phoneNumbers(@ForAll("phoneTexts") String text) {
        assertNoDigitRunOfFour(PersonalIdentifiers.redact(text), text);
    }

    @Provide
    Arbitrary<String> phoneTexts() {
        Arbitrary<String> mobile = Arbitraries.strings().numeric().ofLength(9).map(rest -> "07" + rest);
        Arbitrary<String> london = Arbitraries.strings().numeric().ofLength(8).map(rest -> "020" + rest);
        Arbitrary<String> leeds = Arbitraries.strings().numeric().ofLength(7).map(rest -> "0113" + rest);
        return around(Combinators.combine(Arbitraries.oneOf(mobile, london, leeds),
                Arbitraries.of("plain", "spaced", "international", "dashed")).as((number, style) -> switch (style) {
                    case "spaced" -> number.substring(0, 5) + " " + number.substring(5);
                    case "international" -> "+44 " + number.substring(1, 5) + " " + number.substring(5);
                    case "dashed" -> number.substring(0, 4) + "-" + number.substring(4, 7) + "-" + number.substring(7);
                    default -> number;
                }));
    }

    @Property(tries = 200)
    @Label("R17 National Insurance numbers, pupil numbers and NHS numbers are replaced")
    void referenceNumbers(@ForAll("referenceTexts") String text) {
        String redacted = PersonalIdentifiers.redact(text);
        assertNoDigitRunOfFour(redacted, text);
        assertFalse(redacted.replaceAll("\\s", "").matches(".*\\d{2}\\d{2}\\d{2}.*"), redacted);
    }

    @Provide
    Arbitrary<String> referenceTexts() {
        Arbitrary<String> nationalInsurance = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z')
                .ofLength(2), Arbitraries.strings().numeric().ofLength(6), Arbitraries.of("A", "B", "C", "D"),
                Arbitraries.of(true, false)).as((prefix, digits, suffix, spaced) -> spaced
                ? prefix + " " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4)
                        + " " + suffix : prefix + digits + suffix);
        Arbitrary<String> pupil = Combinators.combine(Arbitraries.strings().withCharRange('A', 'Z').ofLength(1),
                Arbitraries.strings().numeric().ofLength(12)).as((letter, digits) -> letter + digits);
        Arbitrary<String> nhs = Arbitraries.strings().numeric().ofLength(9).map(PersonalIdentifiersTest::withCheck)
                .filter(number -> number != null).map(n -> n.substring(0, 3) + " " + n.substring(3, 6) + " "
                        + n.substring(6));
        return around(Arbitraries.oneOf(nationalInsurance, pupil, nhs));
    }

    @Property(tries = 200)
    @Label("R17 postcodes, e-mail addresses and street addresses are replaced")
    void placesAndAddresses(@ForAll("placeTexts") String text) {
        String redacted = PersonalIdentifiers.redact(text);
        assertFalse(redacted.matches("(?s).*\\d.*"), text + " -> " + redacted);
        assertFalse(redacted.contains("@"), redacted);
    }

    @Provide
    Arbitrary<String> placeTexts() {
        Arbitrary<String> postcode = Combinators.combine(Arbitraries.of("LS", "M", "BD", "SW", "E", "B", "NE"),
                Arbitraries.integers().between(1, 29), Arbitraries.integers().between(0, 9),
                Arbitraries.strings().withChars("ABDEFGHJLNPQRSTUWXYZ").ofLength(2))
                .as((area, district, sector, unit) -> area + district + " " + sector + unit);
        Arbitrary<String> email = Combinators.combine(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(10),
                Arbitraries.of("example.com", "nhs.net", "school.sch.uk")).as((name, domain) -> name + "@" + domain);
        Arbitrary<String> street = Combinators.combine(Arbitraries.integers().between(1, 400),
                Arbitraries.of("Mill", "Church", "Station", "Orchard", "High", "Park View"),
                Arbitraries.of("Lane", "Road", "Street", "Close", "Way", "Avenue", "Court", "Gardens"))
                .as((number, name, kind) -> number + " " + name + " " + kind);
        return around(Arbitraries.oneOf(postcode, email, street));
    }

    @Test
    @DisplayName("R17 the checksum tells an NHS number from another ten-digit number")
    void nhsChecksum() {
        assertTrue(PersonalIdentifiers.isNhsNumber("943 476 5919"));
        assertFalse(PersonalIdentifiers.isNhsNumber("943 476 5918"));
        assertEquals("NHS [NHS number] given", PersonalIdentifiers.redact("NHS 943 476 5919 given"));
    }

    @Test
    @DisplayName("R17 the examples the probe found are replaced")
    void probeExamples() {
        assertEquals("born [date], at [address], NI [National Insurance number], UPN [pupil number]",
                PersonalIdentifiers.redact("born March 14, 2016, at 12 Mill Lane, NI QQ 12 34 56 C, UPN A12345678901B"));
    }

    @Test
    @DisplayName("R17 ordinary words and small numbers are left alone")
    void ordinaryTextStays() {
        String text = "The school reports frequent absence, 3 times in May; she will call back in 2 weeks.";
        assertEquals(text, PersonalIdentifiers.redact(text));
    }

    static void assertNoDigitRunOfFour(String redacted, String original) {
        assertFalse(redacted.replaceAll("[\\s()+-]", "").matches("(?s).*\\d{4}.*"), original + " -> " + redacted);
    }

    static String suffix(int day) {
        if (day >= 11 && day <= 13) {
            return "th";
        }
        return switch (day % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static String withCheck(String nine) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (nine.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - sum % 11;
        return check == 10 ? null : nine + (check == 11 ? 0 : check);
    }
}
