package uk.imap.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * Search and the person's page over the API (R28): found by reference, by a name that sounds alike, by date of birth
 * and by postcode, and only within need to know (R16): another team's child of the same name is neither named nor
 * counted, and each enquiry shown is an audited read (R18).
 */
class SearchIT extends OverTheApi {

    /** A child of team A (prac.sam) on two linked enquiries, and a child of the same name of team B (prac.lee). */
    String familyName;
    LocalDate born;
    String postcode;
    String first;
    String second;
    String otherTeams;
    long person;

    @BeforeEach
    void aChildKnownTwice() throws Exception {
        Random random = new Random();
        // Names and dates of their own, so that other tests' children do not crowd the answers.
        familyName = syllables(random);
        born = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(3000));
        postcode = "ZZ" + (10 + random.nextInt(89)) + " " + (1 + random.nextInt(8)) + "QQ";
        first = create("prac.sam", "Ari", null);
        person = api.get("enquiries/" + first, "prac.sam", PASSWORD).json().getJsonArray("subjects")
                .getJsonObject(0).getJsonNumber("id").longValue();
        second = create("prac.sam", "Arie", person);
        otherTeams = create("prac.lee", "Ari", null);
    }

    @Test
    @DisplayName("R28 a name that sounds alike finds the child with both their enquiries, and each shown is audited")
    void byNameSound() throws Exception {
        JsonObject found = search("prac.sam", "Arie " + familyName.replace('o', 'a'));

        JsonObject child = found.getJsonArray("people").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("familyName").equals(familyName)).findFirst().orElseThrow();
        assertEquals(Set.of(first, second), references(child.getJsonArray("enquiries").getValuesAs(JsonObject.class)));
        assertEquals(born.toString(), child.getString("dateOfBirth"));
        assertTrue(references(found.getJsonArray("enquiries").getValuesAs(JsonObject.class)).containsAll(
                Set.of(first, second)));
        List<String> audited = api.get("audit/events?user=prac.sam&action=SEARCH_RESULTS_READ&record=" + first,
                "audit.max", PASSWORD).array().getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("recordId")).toList();
        assertTrue(audited.contains(first), audited.toString());
    }

    @Test
    @DisplayName("R28 R16 another team's child of the same name, date of birth or postcode is neither named nor counted")
    void nothingOutsideNeedToKnow() throws Exception {
        for (String q : List.of("Ari " + familyName, born.toString(), postcode, otherTeams)) {
            JsonObject found = search("prac.sam", q);
            assertTrue(!found.toString().contains(otherTeams), q + " showed another team's enquiry: " + found);
        }
        JsonObject asLee = search("prac.lee", "Ari " + familyName);
        assertEquals(Set.of(otherTeams), references(asLee.getJsonArray("enquiries").getValuesAs(JsonObject.class)));
    }

    @Test
    @DisplayName("R28 a date of birth, a postcode however typed and a reference each find the child")
    void byBirthPostcodeAndReference() throws Exception {
        String ukDate = String.format("%d/%d/%d", born.getDayOfMonth(), born.getMonthValue(), born.getYear());
        for (String q : List.of(born.toString(), ukDate, postcode.toLowerCase().replace(" ", ""))) {
            Set<String> shown = references(search("prac.sam", q).getJsonArray("enquiries")
                    .getValuesAs(JsonObject.class));
            assertTrue(shown.containsAll(Set.of(first, second)), q + " found " + shown);
        }
        JsonObject byReference = search("prac.sam", second.toLowerCase());
        assertEquals(Set.of(second), references(byReference.getJsonArray("enquiries").getValuesAs(JsonObject.class)));
        assertEquals("[\"Arie " + familyName + "\"]", byReference.getJsonArray("enquiries").getJsonObject(0)
                .getJsonArray("children").toString());
    }

    @Test
    @DisplayName("R28 the person's page lists every enquiry they were linked on, with consent and agencies asked")
    void thePersonsPage() throws Exception {
        api.post("enquiries/" + first + "/information-requests", "prac.sam", PASSWORD, """
                {"agency": "POLICE", "purpose": "p", "necessity": "n", "legalGateways": ["CHILDREN_ACT_1989_S47"],
                 "categories": ["HEALTH"], "helpIfProvided": "h", "hindranceIfWithheld": "w"}""");

        JsonObject story = api.get("people/" + person, "prac.sam", PASSWORD).json();

        assertEquals(familyName, story.getString("familyName"));
        List<JsonObject> enquiries = story.getJsonArray("enquiries").getValuesAs(JsonObject.class);
        assertEquals(List.of(second, first), enquiries.stream().map(e -> e.getString("reference")).toList());
        JsonObject firstOne = enquiries.get(1);
        assertEquals("[\"Consent not sought\"]", firstOne.getJsonArray("consent").toString());
        assertEquals("[\"POLICE\"]", firstOne.getJsonArray("agenciesAsked").toString());
        assertEquals("AWAITING_INFORMATION", firstOne.getString("status"));
        List<String> audited = api.get("audit/events?user=prac.sam&action=PERSON_READ", "audit.max", PASSWORD)
                .array().getValuesAs(JsonObject.class).stream().map(e -> e.getString("recordId")).toList();
        assertTrue(audited.containsAll(List.of(String.valueOf(person), first, second)), audited.toString());
    }

    @Test
    @DisplayName("R28 R16 another team's person is refused and the refusal audited; a person who does not exist is 404")
    void anotherTeamsPerson() throws Exception {
        long theirs = api.get("enquiries/" + otherTeams, "prac.lee", PASSWORD).json().getJsonArray("subjects")
                .getJsonObject(0).getJsonNumber("id").longValue();

        assertEquals(403, api.get("people/" + theirs, "prac.sam", PASSWORD).status());
        assertEquals(404, api.get("people/999999999", "prac.sam", PASSWORD).status());
        assertEquals(404, api.get("people/not-a-number", "prac.sam", PASSWORD).status());
    }

    @Test
    @DisplayName("R28 an empty or impossible search is a 400 naming q, and reads nothing")
    void badSearches() throws Exception {
        for (String q : List.of("", "B1", "31/02/2016")) {
            Api.Answer answer = api.get("search?q=" + q.replace(" ", "%20"), "prac.sam", PASSWORD);
            assertEquals(400, answer.status(), q);
            assertEquals("q", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        }
        assertEquals(400, api.get("search", "prac.sam", PASSWORD).status());
    }

    private JsonObject search(String user, String q) throws Exception {
        Api.Answer answer = api.get("search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), user, PASSWORD);
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.json();
    }

    private String create(String owner, String givenName, Long linkedTo) throws Exception {
        String reference = api.post("enquiries", owner, PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Searched for", "threshold": "EARLY_HELP", "priority": "AMBER",
                 "subjects": [{"kind": "CHILD", "givenName": "%s", "familyName": "%s", "dateOfBirth": "%s",
                 "address": "3 Long Row, Oakton %s", "relationship": "SUBJECT"%s}]}"""
                .formatted(givenName, familyName, born, postcode,
                        linkedTo == null ? "" : ", \"linkedSubjectId\": " + linkedTo)).json().getString("reference");
        api.post("enquiries/" + reference + "/consent-decisions", owner, PASSWORD,
                "{\"kind\": \"NOT_SOUGHT\", \"grounds\": [\"RISK_OF_HARM\"], \"justification\": \"Risk\"}");
        long version = api.get("enquiries/" + reference, owner, PASSWORD).json().getJsonNumber("version").longValue();
        api.post("enquiries/" + reference + "/transitions", owner, PASSWORD,
                "{\"to\": \"OPEN\", \"version\": " + version + "}");
        return reference;
    }

    private static Set<String> references(List<JsonObject> enquiries) {
        return enquiries.stream().map(e -> e.getString("reference")).collect(Collectors.toSet());
    }

    /** A family name unlike any other test's: its sound is what the search matches. */
    private static String syllables(Random random) {
        String consonants = "bdfgklmnprstvz";
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < 4; i++) {
            name.append(consonants.charAt(random.nextInt(consonants.length()))).append("aeiou".charAt(random.nextInt(5)));
        }
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
