package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** The /me and /enquiries resources over HTTP, as a partner system meets them (API.md). */
class EnquiriesResourceIT extends OverTheApi {

    static final String ENQUIRY = """
            {"source": "PROFESSIONAL",
             "referrer": {"name": "A Teacher", "organisation": "Oak Primary School", "contact": "01234 567890"},
             "summary": "Child arrives hungry and in the same clothes most days",
             "concernCategories": ["NEGLECT"],
             "threshold": "EARLY_HELP", "priority": "AMBER",
             "subjects": [
               {"kind": "CHILD", "givenName": "Jamie", "familyName": "Smith", "dateOfBirth": "2018-03-04",
                "address": "1 High Street", "relationship": "SUBJECT"},
               {"kind": "ADULT", "givenName": "Alex", "familyName": "Smith", "relationship": "MOTHER"}]}
            """;

    @Test
    void meTellsWhoTheCallerIs() throws Exception {
        JsonObject me = api.get("me", "prac.sam", PASSWORD).json();

        assertEquals("prac.sam", me.getString("username"));
        assertEquals(List.of("PRACTITIONER"), me.getJsonArray("roles").getValuesAs(JsonString::getString));
        assertEquals("CHILDRENS_SOCIAL_CARE", me.getString("agency"));
        assertEquals("HUB_TEAM_A", me.getString("team"));
    }

    @Test
    void aPractitionerDraftsAnEnquiryAndReadsItBack() throws Exception {
        Api.Answer created = api.post("enquiries", "prac.sam", PASSWORD, ENQUIRY);

        assertEquals(201, created.status());
        JsonObject enquiry = created.json();
        String reference = enquiry.getString("reference");
        assertTrue(reference.matches("IMAP-\\d{4}-\\d{6}"), reference);
        assertEquals("DRAFT", enquiry.getString("status"));
        assertEquals("prac.sam", enquiry.getString("owner"));
        assertEquals(2, enquiry.getJsonArray("subjects").size());
        assertTrue(created.header("Location").endsWith("/api/v1/enquiries/" + reference));

        JsonObject read = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json();
        assertEquals("Child arrives hungry and in the same clothes most days", read.getString("summary"));
        assertEquals("Oak Primary School", read.getJsonObject("referrer").getString("organisation"));
        assertEquals("Jamie", read.getJsonArray("subjects").getJsonObject(0).getString("givenName"));
    }

    @Test
    void theWorklistHoldsTheCallersOwnEnquiries() throws Exception {
        String reference = api.post("enquiries", "prac.sam", PASSWORD, ENQUIRY).json().getString("reference");

        JsonObject samsList = api.get("enquiries?size=200", "prac.sam", PASSWORD).json();
        JsonObject leesList = api.get("enquiries?size=200", "prac.lee", PASSWORD).json();

        assertTrue(references(samsList).contains(reference));
        assertTrue(!references(leesList).contains(reference), "prac.lee's worklist shows prac.sam's enquiry");
    }

    @Test
    void noCredentialsIs401WithAChallenge() throws Exception {
        Api.Answer answer = api.get("enquiries", null, null);

        assertEquals(401, answer.status());
        assertNotNull(answer.header("WWW-Authenticate"));
    }

    @Test
    void aWrongPasswordIs401ProblemWithoutASession() throws Exception {
        Api.Answer answer = api.get("me", "sam.typo." + System.nanoTime(), "not-the-password");

        assertEquals(401, answer.status());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), answer.header("Content-Type"));
        assertNotNull(answer.header("WWW-Authenticate"));
    }

    @Test
    void aSuccessfulCallKeepsNoSession() throws Exception {
        Api.Answer answer = api.get("me", "prac.sam", PASSWORD);

        assertEquals(200, answer.status());
        assertEquals(null, answer.header("Set-Cookie"));
        assertEquals("no-store", answer.header("Cache-Control"));
    }

    @Test
    @DisplayName("R16 an auditor may not draft an enquiry: 403 problem+json")
    void anAuditorMayNotDraft() throws Exception {
        Api.Answer answer = api.post("enquiries", "audit.max", PASSWORD, ENQUIRY);

        assertEquals(403, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
    }

    @Test
    @DisplayName("R16 another team's practitioner gets 403, not 404, for a real enquiry")
    void outsideNeedToKnowIs403() throws Exception {
        String reference = api.post("enquiries", "prac.sam", PASSWORD, ENQUIRY).json().getString("reference");

        Api.Answer answer = api.get("enquiries/" + reference, "prac.lee", PASSWORD);

        assertEquals(403, answer.status());
        assertEquals(403, answer.json().getInt("status"));
    }

    @Test
    @DisplayName("R22 a bad body gets 400 problem+json with one error per bad field and creates nothing")
    void badInputIsRefusedFieldByField() throws Exception {
        long before = api.get("enquiries?size=1", "prac.sam", PASSWORD).json().getJsonNumber("total").longValue();

        Api.Answer answer = api.post("enquiries", "prac.sam", PASSWORD, """
                {"source": "PROFESSIONAL", "summary": "  ", "threshold": "SOMEWHERE", "priority": "AMBER",
                 "subjects": [{"kind": "CHILD", "givenName": "Jamie", "dateOfBirth": "04/03/2018",
                               "relationship": "SUBJECT"}]}
                """);

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        List<String> fields = answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).sorted().toList();
        assertEquals(List.of("referrer.name", "subjects[0].dateOfBirth", "subjects[0].familyName", "summary",
                "threshold"), fields);
        long after = api.get("enquiries?size=1", "prac.sam", PASSWORD).json().getJsonNumber("total").longValue();
        assertEquals(before, after);
    }

    @Test
    void aBodyThatIsNotJsonIs400() throws Exception {
        Api.Answer answer = api.post("enquiries", "prac.sam", PASSWORD, "{\"source\":");

        assertEquals(400, answer.status());
        assertEquals("application/problem+json", answer.header("Content-Type"));
    }

    @Test
    void anUnknownReferenceIs404() throws Exception {
        assertEquals(404, api.get("enquiries/IMAP-1999-999999", "prac.sam", PASSWORD).status());
    }

    private static List<String> references(JsonObject worklist) {
        return worklist.getJsonArray("enquiries").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("reference")).toList();
    }
}
