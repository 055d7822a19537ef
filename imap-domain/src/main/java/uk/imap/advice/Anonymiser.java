package uk.imap.advice;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;

/**
 * R17: replaces the people of an enquiry by their roles ("Child A", "Mother"), their addresses (or any part of one
 * typed alone) by "Address 1", and every identifier {@link PersonalIdentifiers} recognises by what it is, in any text
 * about the enquiry. Names are matched as whole words in any case, possessives included; a name that is also an
 * everyday word ("Will", "May", "Dean") is replaced where it is written with a capital, is possessive, or follows a
 * word that names a person ("taken by dean"), so "she will call" and "the dean of the college" stay.
 */
public final class Anonymiser {

    // Given names that are also ordinary words: replaced only when capitalised.
    private static final Set<String> EVERYDAY_WORDS = Set.of("will", "may", "rose", "grace", "mark", "bill", "pat",
            "sue", "rich", "hope", "faith", "joy", "summer", "april", "june", "dawn", "holly", "ivy", "robin", "jack",
            "bob", "sky", "rob", "frank", "guy", "amber", "ruby", "pearl", "hazel", "heather", "daisy", "iris", "lily",
            "jade", "violet", "max", "art", "earl", "chase", "drew", "gene", "grant", "hunter", "mason", "miles",
            "page", "reed", "rod", "ray", "dean", "don", "sandy", "carol", "jean", "wade", "young", "king", "brown",
            "green", "white", "black", "smith", "baker", "cook", "wood", "hill", "long", "short", "little", "hall");

    // Words after which a lower-case everyday word is a person: "taken by dean", "told will".
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "\\b(by|with|and|from|told|tell|saw|see|met|called|asked|visited|about|to)\\s+$", Pattern.CASE_INSENSITIVE);
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> addresses = new LinkedHashMap<>();

    private Anonymiser() {
    }

    /** An anonymiser for the people of one enquiry, each given a role by its kind and relationship. */
    public static Anonymiser of(List<SubjectDetails> subjects) {
        Anonymiser anonymiser = new Anonymiser();
        Map<Relationship, Integer> seen = new EnumMap<>(Relationship.class);
        int children = 0;
        int adults = 0;
        for (SubjectDetails subject : subjects) {
            String role;
            Relationship relationship = subject.relationship();
            if (subject.kind() == SubjectKind.CHILD) {
                role = "Child " + (char) ('A' + children++);
            } else if (relationship == Relationship.OTHER || relationship == Relationship.SUBJECT
                    || relationship == Relationship.SIBLING) {
                role = "Adult " + (char) ('A' + adults++);
            } else {
                int count = seen.merge(relationship, 1, Integer::sum);
                role = relationship.label() + (count > 1 ? " " + count : "");
            }
            anonymiser.name(subject.givenName(), subject.familyName(), role);
            if (subject.address() != null && !subject.address().isBlank()) {
                anonymiser.address(subject.address());
            }
        }
        return anonymiser;
    }

    /**
     * The address and each part of it a person might type alone ("12 Mill Lane" of "12 Mill Lane, Leeds LS1 1AA"),
     * longest first, as one pattern; a town on its own names nobody, so parts need a number or two words.
     */
    private void address(String address) {
        List<String> parts = new ArrayList<>(List.of(address.strip()));
        for (String part : address.split(",")) {
            String stripped = part.strip();
            if (stripped.matches(".*\\d.*") || stripped.split("\\s+").length >= 2) {
                parts.add(stripped);
            }
        }
        parts.sort(Comparator.comparingInt(String::length).reversed());
        String pattern = String.join("|", parts.stream().distinct()
                .map(part -> Pattern.quote(part).replace(" ", "\\E\\s+\\Q")).toList());
        addresses.putIfAbsent("(" + pattern + ")", "Address " + (addresses.size() + 1));
    }

    private void name(String given, String family, String role) {
        if (given != null && family != null) {
            names.putIfAbsent(given.strip() + " " + family.strip(), role);
        }
        if (given != null) {
            names.putIfAbsent(given.strip(), role);
        }
        if (family != null) {
            // A family name shared by several people is the family's, not one person's.
            names.merge(family.strip(), role, (first, second) -> first.equals(second) ? first : "the family");
        }
    }

    /** The text with every person, place and identifier replaced; null stays null. */
    public String anonymise(String text) {
        if (text == null) {
            return null;
        }
        String result = text;
        for (Map.Entry<String, String> address : addresses.entrySet()) {
            result = Pattern.compile(address.getKey(), Pattern.CASE_INSENSITIVE).matcher(result)
                    .replaceAll(Matcher.quoteReplacement(address.getValue()));
        }
        result = PersonalIdentifiers.redact(result);
        List<String> longestFirst = new ArrayList<>(names.keySet());
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        for (String name : longestFirst) {
            result = replaceName(result, name, names.get(name));
        }
        return result;
    }

    private static String replaceName(String text, String name, String role) {
        boolean everyday = EVERYDAY_WORDS.contains(name.toLowerCase(Locale.ROOT));
        // A family name may be plural ("the Turners"); that is the family too.
        Pattern pattern = Pattern.compile("(?<![\\p{L}\\[])" + Pattern.quote(name) + "(s(?=\\b))?(?=('s|’s|s'|\\b))",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            boolean asName = !everyday || Character.isUpperCase(matcher.group().charAt(0))
                    || text.startsWith("'", matcher.end()) || text.startsWith("’", matcher.end())
                    || NAME_BEFORE.matcher(text.substring(0, matcher.start())).find();
            boolean afterThe = text.substring(0, matcher.start()).toLowerCase(Locale.ROOT).endsWith("the ");
            String replacement = role.startsWith("the ") && afterThe ? role.substring(4) : role;
            matcher.appendReplacement(out, Matcher.quoteReplacement(asName ? replacement : matcher.group()));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
