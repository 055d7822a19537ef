package uk.imap.person;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.imap.enquiry.PersonKeys;
import uk.imap.shared.InvalidInput;

/**
 * R28: what a person typed in the search box, read as the one thing it can be: an enquiry's reference, a date of
 * birth, or names and an address. Names are searched by their sound, as the duplicate check (R24) matches them; an
 * address or postcode by its letters and digits anywhere in the address.
 *
 * @param reference       an enquiry reference, or null
 * @param dateOfBirth     a date of birth, or null
 * @param eitherNameSound the sound of one name that may be a given or a family name, or null
 * @param givenNameSound  the sound of the first of several names, or null
 * @param familyNameSound the sound of the last of several names, or null
 * @param addressPart     letters and digits to find in an address, or null
 */
public record SearchTerms(String reference, LocalDate dateOfBirth, String eitherNameSound, String givenNameSound,
                          String familyNameSound, String addressPart) {

    public static final int LONGEST = 100;

    /** Shorter than this, a piece of address would match half the hub: "B1" or "road". */
    static final int SHORTEST_ADDRESS_PART = 5;

    private static final Pattern REFERENCE = Pattern.compile("IMAP-\\d{4}-\\d{6,}", Pattern.CASE_INSENSITIVE);
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern UK_DATE = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");

    /** Reads the typed text; a blank, overlong or impossible search is refused with a message to act on. */
    public static SearchTerms read(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            throw new InvalidInput("q", "Type a reference, a name, a date of birth or an address to search for");
        }
        if (text.length() > LONGEST) {
            throw new InvalidInput("q", "A search can be at most " + LONGEST + " characters");
        }
        if (REFERENCE.matcher(text).matches()) {
            return new SearchTerms(text.toUpperCase(Locale.ROOT), null, null, null, null, null);
        }
        Matcher iso = ISO_DATE.matcher(text);
        if (iso.matches()) {
            return born(text, iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher uk = UK_DATE.matcher(text);
        if (uk.matches()) {
            return born(text, uk.group(3), uk.group(2), uk.group(1));
        }
        return namesOrAddress(text);
    }

    private static SearchTerms born(String text, String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            if (date.isAfter(LocalDate.now())) {
                throw new InvalidInput("q", "A date of birth cannot be in the future: " + text);
            }
            return new SearchTerms(null, date, null, null, null, null);
        } catch (DateTimeException e) {
            throw new InvalidInput("q", text + " is not a date: type a date of birth as day/month/year, "
                    + "for example 14/03/2016");
        }
    }

    private static SearchTerms namesOrAddress(String text) {
        String address = PersonKeys.lettersAndDigits(text);
        String addressPart = address.length() >= SHORTEST_ADDRESS_PART ? address : null;
        List<String> words = Arrays.stream(text.split("[\\s,]+")).filter(word -> !word.isBlank()).toList();
        boolean names = words.stream().noneMatch(word -> word.chars().anyMatch(Character::isDigit));
        if (!names || words.isEmpty()) {
            return requireSomething(new SearchTerms(null, null, null, null, null, addressPart), text);
        }
        if (words.size() == 1) {
            return requireSomething(new SearchTerms(null, null, PersonKeys.sound(words.get(0)), null, null,
                    addressPart), text);
        }
        return requireSomething(new SearchTerms(null, null, null, PersonKeys.sound(words.get(0)),
                PersonKeys.sound(words.get(words.size() - 1)), addressPart), text);
    }

    private static SearchTerms requireSomething(SearchTerms terms, String text) {
        if (!terms.byName() && terms.addressPart == null) {
            throw new InvalidInput("q", "\"" + text + "\" is too short to search for: type a whole name, a "
                    + "reference, a date of birth or at least " + SHORTEST_ADDRESS_PART + " letters of an address");
        }
        return terms;
    }

    public boolean byReference() {
        return reference != null;
    }

    public boolean byDateOfBirth() {
        return dateOfBirth != null;
    }

    /** Whether names are searched: one name of either kind, or a given and a family name. */
    public boolean byName() {
        return eitherNameSound != null || givenNameSound != null && familyNameSound != null;
    }
}
