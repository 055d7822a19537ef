package uk.imap.enquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Keys that make likely matches findable by an index: names by their Double Metaphone sound (Smith and Smyth,
 * Jon and John agree), addresses by their letters and digits alone.
 *
 * @param givenName  the sound of the given name, or null
 * @param familyName the sound of the family name, or null
 * @param address    the address reduced to lower-case letters and digits, or null
 */
public record PersonKeys(String givenName, String familyName, String address) {

    private static final DoubleMetaphone SOUND = new DoubleMetaphone();

    public static PersonKeys of(String givenName, String familyName, String address) {
        return new PersonKeys(sound(givenName), sound(familyName), plain(address));
    }

    /** The Double Metaphone sound of a name, or null for none or "unknown". */
    public static String sound(String name) {
        if (name == null || name.isBlank() || "unknown".equalsIgnoreCase(name.strip())) {
            return null;
        }
        String key = SOUND.doubleMetaphone(name.strip());
        return key == null || key.isEmpty() ? null : key;
    }

    /** Text reduced to lower-case letters and digits, so "SW1A 1AA" and "sw1a1aa" agree. */
    public static String lettersAndDigits(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]", "");
    }

    private static String plain(String address) {
        if (address == null) {
            return null;
        }
        String key = lettersAndDigits(address);
        // Too short to tell one home from another.
        return key.length() < 6 ? null : key;
    }

    /**
     * R24: why a known person may be the one typed: each key they share, in words, as the duplicate check and subject
     * access show it.
     */
    public List<String> likeness(LocalDate dateOfBirth, PersonKeys known, LocalDate knownDateOfBirth) {
        List<String> reasons = new ArrayList<>();
        if (dateOfBirth != null && dateOfBirth.equals(knownDateOfBirth)) {
            reasons.add("same date of birth");
        }
        if (familyName != null && familyName.equals(known.familyName)) {
            reasons.add("family name sounds alike");
        }
        if (givenName != null && givenName.equals(known.givenName)) {
            reasons.add("given name sounds alike");
        }
        if (address != null && address.equals(known.address)) {
            reasons.add("same address");
        }
        return reasons;
    }
}
