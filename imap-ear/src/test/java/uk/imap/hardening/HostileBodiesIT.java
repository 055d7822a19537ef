package uk.imap.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * R22: a body of the wrong type, a null in a list or for one, a duplicated key, a page past the end, a year no one
 * means: each is a 400 problem naming what to correct, and nothing changes.
 */
class HostileBodiesIT extends OverTheApi {

    static final String REQUEST = """
            {"agency": "POLICE", "purpose": "Assess risk", "necessity": "Police hold call-outs",
             "legalGateways": %s, "categories": ["DOMESTIC_ABUSE_INCIDENTS"],
             "helpIfProvided": "Shows recent violence", "hindranceIfWithheld": "Risk left unseen"}""";

    @Test
    @DisplayName("R22 a value of the wrong JSON type is a 400 naming the field, never a record")
    void wrongTypesAreRefusedByField() throws Exception {
        String reference = openAnonymousEnquiry();
        JsonObject before = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json();
        long version = before.getJsonNumber("version").longValue();

        assertRefused(api.put("enquiries/" + reference, "prac.sam", PASSWORD, """
                {"version": %d.5, "source": "ANONYMOUS", "summary": "Changed", "threshold": "EARLY_HELP",
                 "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Ari", "familyName": "Hale",
                 "relationship": "SUBJECT"}]}""".formatted(version)), "version");
        assertRefused(api.put("enquiries/" + reference, "prac.sam", PASSWORD, """
                {"version": %d, "source": "ANONYMOUS", "summary": ["Changed", "twice"], "threshold": "EARLY_HELP",
                 "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Ari", "familyName": "Hale",
                 "relationship": "SUBJECT"}]}""".formatted(version)), "summary");
        assertRefused(api.put("enquiries/" + reference, "prac.sam", PASSWORD, """
                {"version": "%d", "source": "ANONYMOUS", "summary": "Changed", "threshold": "EARLY_HELP",
                 "priority": "GREEN", "subjects": [null]}""".formatted(version)), "subjects[0]");
        assertRefused(api.post("enquiries", "prac.sam", PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Child", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "concernCategories": [null], "subjects": [{"kind": "CHILD", "givenName": 7,
                 "familyName": "Hale", "relationship": "SUBJECT"}]}"""), "concernCategories[0]");
        // Found by HostileInputFuzzIT: a null sent for a list was bound in place of the empty list (a 500).
        assertRefused(api.post("enquiries", "prac.sam", PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Child", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": null}"""), "subjects");
        assertRefused(api.post("enquiries/" + reference + "/information-requests/batch", "prac.sam", PASSWORD,
                "{\"requests\": null}"), "requests");
        assertRefused(api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD,
                REQUEST.formatted("[null]")), "legalGateways[0]");
        assertRefused(api.post("enquiries/" + reference + "/information-requests/batch", "prac.sam", PASSWORD,
                "{\"requests\": [null]}"), "requests[0]");
        assertRefused(api.post("admin/users", "admin.eve", PASSWORD, """
                {"username": "nul.roles", "password": "Autumn-Lantern-31", "roles": [null],
                 "agency": "CHILDRENS_SOCIAL_CARE", "teams": ["HUB_TEAM_A"]}"""), "roles[0]");

        JsonObject after = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json();
        assertEquals(before.getString("summary"), after.getString("summary"));
        assertEquals(version, after.getJsonNumber("version").longValue());
        assertTrue(after.getJsonArray("requests").isEmpty());
        assertEquals(401, api.get("me", "nul.roles", "Autumn-Lantern-31").status(), "no account was made");
    }

    @Test
    @DisplayName("R4 R22 an override approval of \"yes\" is refused, not stored as a rejection")
    void approvalTakesOnlyABoolean() throws Exception {
        String reference = api.post("enquiries", "prac.sam", PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Bruises", "threshold": "S47_SIGNIFICANT_HARM", "priority": "RED",
                 "subjects": [{"kind": "CHILD", "givenName": "Robin", "familyName": "Jones",
                 "relationship": "SUBJECT"}]}""").json().getString("reference");
        assertEquals(201, api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD, """
                {"kind": "REFUSED", "givenBy": "Alex Jones (mother)", "statement": "No agency may be told"}""")
                .status());
        long override = api.post("enquiries/" + reference + "/consent-overrides", "prac.sam", PASSWORD, """
                {"justification": "A child's safety outweighs the refusal", "harmOfSharing": "Disengagement",
                 "harmOfNotSharing": "The child stays unseen"}""").json().getJsonNumber("id").longValue();

        for (String approved : List.of("\"yes\"", "1", "[true]", "{\"value\": true}", "\"true\"")) {
            assertRefused(api.post("consent-overrides/" + override + "/approval", "mgr.ana", PASSWORD,
                    "{\"approved\": " + approved + ", \"reasons\": \"Agreed\"}"), "approved");
        }
        Api.Answer approval = api.post("consent-overrides/" + override + "/approval", "mgr.ana", PASSWORD,
                "{\"approved\": true, \"reasons\": \"Agreed\"}");
        assertEquals(200, approval.status(), approval.raw().body());
        assertEquals("APPROVED", approval.json().getString("status"));
    }

    @Test
    @DisplayName("R22 unreadable JSON, a key given twice, a page past the end and a year no one means are 400s")
    void unreadableAndOutOfRange() throws Exception {
        for (String body : List.of("{", "not json", "{\"summary\": \"a\", \"summary\": \"b\"}", "[1, 2", "\"text\"")) {
            Api.Answer answer = api.post("enquiries", "prac.sam", PASSWORD, body);
            assertEquals(400, answer.status(), body + " " + answer.raw().body());
            assertEquals("application/problem+json", answer.header("Content-Type"));
        }
        assertRefused(api.get("enquiries?page=2147483647&size=100", "prac.sam", PASSWORD), "page");
        assertRefused(api.get("reports/privileged-changes?from=%2B999999-01-01T00:00:00Z", "audit.max", PASSWORD),
                "from");
        assertRefused(api.get("reports/decision-statistics?to=99999-12-31", "audit.max", PASSWORD), "to");
        assertRefused(api.get("audit/events?from=9999999-01-01T00:00:00Z", "audit.max", PASSWORD), "from");
    }

    private static void assertRefused(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.raw().body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        assertTrue(answer.json().getJsonArray("errors").stream().map(JsonObject.class::cast)
                .anyMatch(error -> error.getString("field").equals(field)), field + " named in " + answer.raw().body());
        assertFalse(answer.raw().body().contains("Exception"), answer.raw().body());
    }
}
