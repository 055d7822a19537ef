package uk.imap.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** The duplicate-person check over the API (R24), within need to know (R16). */
class PeopleResourceIT extends OverTheApi {

    String familyName;

    @BeforeEach
    void aKnownChild() throws Exception {
        // A family name of its own per test, so earlier runs' people do not crowd the answer.
        familyName = "Fairweather" + (char) ('a' + (System.nanoTime() % 26));
        api.post("enquiries", "prac.sam", PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Known child", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": [{"kind": "CHILD", "givenName": "Jamie", "familyName": "%s", "dateOfBirth": "2017-02-03",
                 "address": "12 Mill Lane, Oakton", "relationship": "SUBJECT"}]}
                """.formatted(familyName));
    }

    @Test
    @DisplayName("R24 a child typed with a similar name and the same date of birth is offered, with the reasons")
    void similarNameSameBirthdayIsOffered() throws Exception {
        List<JsonObject> matches = api.get("people/matches?givenName=Jaimie&familyName=" + familyName
                + "&dateOfBirth=2017-02-03", "prac.sam", PASSWORD).array().getValuesAs(JsonObject.class);

        assertTrue(matches.stream().anyMatch(m -> m.getString("familyName").equals(familyName)
                && m.getJsonArray("reasons").toString().contains("same date of birth")), matches.toString());
    }

    @Test
    @DisplayName("R24 the same address is offered whatever its spelling of spaces and case")
    void sameAddressIsOffered() throws Exception {
        List<JsonObject> matches = api.get("people/matches?givenName=Someone&familyName=Else&address=12%20mill%20lane%20oakton",
                "prac.sam", PASSWORD).array().getValuesAs(JsonObject.class);

        assertTrue(matches.stream().anyMatch(m -> m.getString("familyName").equals(familyName)), matches.toString());
    }

    @Test
    @DisplayName("R16 R24 another team's practitioner is offered nobody it may not know of")
    void noLeakAcrossTeams() throws Exception {
        List<JsonObject> matches = api.get("people/matches?givenName=Jamie&familyName=" + familyName
                + "&dateOfBirth=2017-02-03", "prac.lee", PASSWORD).array().getValuesAs(JsonObject.class);

        assertTrue(matches.stream().noneMatch(m -> m.getString("familyName").equals(familyName)), matches.toString());
    }

    @Test
    @DisplayName("R24 linking is a choice, and only to someone offered: an unknown person is refused")
    void linkingToSomeoneUnknownIsRefused() throws Exception {
        long known = api.get("people/matches?givenName=Jamie&familyName=" + familyName + "&dateOfBirth=2017-02-03",
                "prac.sam", PASSWORD).array().getJsonObject(0).getJsonNumber("subjectId").longValue();
        String linkedTo = """
                {"source": "ANONYMOUS", "summary": "Second concern", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": [{"kind": "CHILD", "givenName": "Jamie", "familyName": "%s", "dateOfBirth": "2017-02-03",
                 "relationship": "SUBJECT", "linkedSubjectId": %d}]}
                """;

        Api.Answer linked = api.post("enquiries", "prac.sam", PASSWORD, linkedTo.formatted(familyName, known));
        Api.Answer leaked = api.post("enquiries", "prac.lee", PASSWORD, linkedTo.formatted(familyName, known));

        assertEquals(201, linked.status());
        assertEquals(known, linked.json().getJsonArray("subjects").getJsonObject(0).getJsonNumber("linkedSubjectId")
                .longValue());
        assertEquals(400, leaked.status());
        assertEquals("subjects[0].linkedSubjectId", leaked.json().getJsonArray("errors").getJsonObject(0)
                .getString("field"));
    }

    @Test
    void aMalformedDateIs400() throws Exception {
        assertEquals(400, api.get("people/matches?familyName=Smith&dateOfBirth=3/2/2017", "prac.sam", PASSWORD)
                .status());
    }
}
