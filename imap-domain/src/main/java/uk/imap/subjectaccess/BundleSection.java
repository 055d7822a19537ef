package uk.imap.subjectaccess;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import uk.imap.consent.ConsentDecision;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.Subject;
import uk.imap.sharing.Disclosure;
import uk.imap.sharing.InformationRequest;

/**
 * One enquiry in a subject access bundle: how the person was found in it, what it says about them, the consent
 * decisions, what each agency shared, and every third party named in it.
 *
 * @param howFound        "linked at intake", or the matching that found an unlinked record (to check it is the same
 *                        person before release)
 * @param as              how the person stands in the enquiry, in words
 * @param othersNamed     the other people the enquiry is about, with how they stand
 */
public record BundleSection(String reference, String howFound, String as, OffsetDateTime receivedAt, String status,
                            String outcome, OffsetDateTime closedAt, String summary, String referrer,
                            List<String> othersNamed, List<ConsentEntry> consent, List<AgencyAnswer> answers,
                            List<ThirdParty> thirdParties) implements Serializable {

    /**
     * The section for {@code enquiry}, where {@code person} is the person's record in it and {@code requests} are the
     * enquiry's requests to agencies, with agencies named by {@code agencyNames}.
     */
    public static BundleSection of(Enquiry enquiry, Subject person, String howFound, List<InformationRequest> requests,
                                   Map<String, String> agencyNames) {
        Map<String, String> named = new LinkedHashMap<>();
        List<String> others = new ArrayList<>();
        for (Subject other : enquiry.subjects()) {
            if (other != person) {
                String name = other.givenName() + " " + other.familyName();
                others.add(name + " (" + other.relationship().label() + ")");
                named.putIfAbsent(name, "named on the enquiry: " + other.relationship().label());
            }
        }
        String referrer = null;
        if (enquiry.referrer() != null && enquiry.referrer().name() != null) {
            referrer = String.join(", ", nonBlank(enquiry.referrer().name(), enquiry.referrer().organisation()));
            named.putIfAbsent(enquiry.referrer().name(), "the referrer");
        }
        List<ConsentEntry> consent = new ArrayList<>();
        for (ConsentDecision decision : enquiry.consentHistory()) {
            consent.add(new ConsentEntry(decision.decidedAt(), decision.kind().label(), decision.givenBy(),
                    decision.statement()));
            if (decision.givenBy() != null) {
                named.putIfAbsent(decision.givenBy(), "gave or refused consent");
            }
        }
        List<AgencyAnswer> answers = new ArrayList<>();
        for (InformationRequest request : requests) {
            Disclosure answer = request.currentDisclosure();
            if (answer != null) {
                answers.add(new AgencyAnswer(agencyNames.getOrDefault(request.agency(), request.agency()),
                        request.purpose(), answer.answeredAt(), answer.decision().label(), answer.reasons(),
                        answer.items().stream().map(item -> new SharedItem(item.category().label(), item.content(),
                                item.reliability().label(), item.sensitivity().label())).toList()));
            }
        }
        BundleSection unmarked = new BundleSection(enquiry.reference().value(), howFound,
                person.relationship().label(), enquiry.receivedAt(), enquiry.status().label(),
                enquiry.outcome() == null ? null : enquiry.outcome().label(), enquiry.closedAt(), enquiry.summary(),
                referrer, others, consent, answers, List.of());
        List<ThirdParty> thirdParties = new ArrayList<>();
        named.forEach((name, as) -> thirdParties.add(new ThirdParty(name, as, unmarked.mentionsOf(name))));
        return new BundleSection(unmarked.reference, howFound, unmarked.as, unmarked.receivedAt, unmarked.status,
                unmarked.outcome, unmarked.closedAt, unmarked.summary, referrer, others, consent, answers,
                List.copyOf(thirdParties));
    }

    /**
     * Where a third party's name, or a part of it long enough to be a name, appears in the free text of this section:
     * the reviewer reads those passages before release.
     */
    List<String> mentionsOf(String name) {
        List<String> where = new ArrayList<>();
        Set<Pattern> parts = namePatterns(name);
        if (mentions(parts, summary)) {
            where.add("summary");
        }
        for (int i = 0; i < consent.size(); i++) {
            if (mentions(parts, consent.get(i).statement())) {
                where.add("consent decision " + (i + 1) + ": statement");
            }
        }
        for (int i = 0; i < answers.size(); i++) {
            AgencyAnswer answer = answers.get(i);
            if (mentions(parts, answer.reasons())) {
                where.add(answer.agency() + "'s answer: reasons");
            }
            for (int j = 0; j < answer.items().size(); j++) {
                if (mentions(parts, answer.items().get(j).content())) {
                    where.add(answer.agency() + "'s answer: item " + (j + 1));
                }
            }
        }
        return List.copyOf(where);
    }

    /**
     * Each word of a name of three letters or more, as a whole word in any case. What is in brackets describes the
     * person ("(mother)") and is not their name.
     */
    static Set<Pattern> namePatterns(String name) {
        Set<Pattern> parts = new LinkedHashSet<>();
        for (String word : name.replaceAll("\\([^)]*\\)", " ").split("[^\\p{L}'-]+")) {
            if (word.length() >= 3) {
                parts.add(Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word.toLowerCase(Locale.ROOT))
                        + "(?![\\p{L}])"));
            }
        }
        return parts;
    }

    static boolean mentions(Set<Pattern> parts, String text) {
        if (text == null) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return parts.stream().anyMatch(part -> part.matcher(lower).find());
    }

    private static List<String> nonBlank(String... values) {
        List<String> kept = new ArrayList<>();
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                kept.add(value);
            }
        }
        return kept;
    }
}
