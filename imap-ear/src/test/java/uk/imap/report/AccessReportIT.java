package uk.imap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** R20: access by record and by user, for a subject access request: who touched what, never what it says. */
class AccessReportIT extends OverTheApi {

    static final String DRAFT = """
            {"source": "ANONYMOUS", "summary": "Left alone at night", "threshold": "EARLY_HELP",
             "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Kit", "familyName": "Marsh",
             "relationship": "SUBJECT"}]}
            """;

    @Test
    @DisplayName("R20 access by record lists who created and read the enquiry and its answers, and no case content")
    void byRecord() throws Exception {
        String reference = api.post("enquiries", "prac.sam", PASSWORD, DRAFT).json().getString("reference");
        assertEquals(200, api.get("enquiries/" + reference, "mgr.ana", PASSWORD).status());

        Api.Answer answer = api.get("reports/access?record=" + reference, "audit.max", PASSWORD);

        assertEquals(200, answer.status(), answer.raw().body());
        List<JsonObject> events = answer.json().getJsonArray("events").getValuesAs(JsonObject.class);
        assertEquals(List.of("mgr.ana ENQUIRY_READ", "prac.sam ENQUIRY_CREATED"),
                events.stream().map(e -> e.getString("actor") + " " + e.getString("action")).toList());
        events.forEach(e -> assertFalse(e.containsKey("reason")));
        assertFalse(answer.raw().body().contains("Kit") || answer.raw().body().contains("Left alone"));
        assertTrue(answer.json().getJsonObject("stamp").getJsonNumber("chainPosition").longValue() > 0);

        Api.Answer csv = api.get("reports/access?record=" + reference, "audit.max", PASSWORD, "text/csv");
        assertTrue(csv.raw().body().contains("Access by record " + reference), csv.raw().body());
        assertTrue(csv.raw().body().contains("ENQUIRY_CREATED"), csv.raw().body());
    }

    @Test
    @DisplayName("R20 access by an enquiry's reference covers its requests to agencies and what they read and answered")
    void byEnquiryWithItsRequests() throws Exception {
        String reference = openAnonymousEnquiry();
        Api.Answer sent = api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD, """
                {"agency": "POLICE", "purpose": "Decide whether the child is at risk of significant harm",
                 "necessity": "Police hold call-outs to the address", "legalGateways": ["CHILDREN_ACT_1989_S47"],
                 "categories": ["DOMESTIC_ABUSE_INCIDENTS"], "helpIfProvided": "Shows whether violence is recent",
                 "hindranceIfWithheld": "The hub may leave a child in a violent home"}""");
        assertEquals(201, sent.status(), sent.raw().body());
        long request = sent.json().getJsonNumber("id").longValue();
        assertEquals(200, api.get("information-requests/" + request, "police.ray", PASSWORD).status());

        Api.Answer answer = api.get("reports/access?record=" + reference, "audit.max", PASSWORD);

        assertEquals(200, answer.status(), answer.raw().body());
        List<String> seen = answer.json().getJsonArray("events").getValuesAs(JsonObject.class).stream()
                .map(e -> e.getString("actor") + " " + e.getString("action") + " " + e.getString("recordType", "")
                        + " " + e.getString("recordId", "")).toList();
        assertTrue(seen.contains("police.ray REQUEST_READ InformationRequest " + request), seen.toString());
        assertTrue(seen.contains("prac.sam REQUEST_SENT InformationRequest " + request), seen.toString());
        assertTrue(seen.contains("prac.sam ENQUIRY_CREATED Enquiry " + reference), seen.toString());
        String csv = api.get("reports/access?record=" + reference, "audit.max", PASSWORD, "text/csv").raw().body();
        assertTrue(csv.contains("Access by record " + reference + " and what belongs to it"), csv);
        assertFalse(answer.raw().body().contains("call-outs"), "never what a record says");
    }

    @Test
    @DisplayName("R20 access by user; asking for both or neither, or a bad time, is refused; auditors only")
    void byUserAndRefusals() throws Exception {
        api.post("enquiries", "prac.lee", PASSWORD, DRAFT);

        List<JsonObject> events = api.get("reports/access?user=prac.lee", "audit.max", PASSWORD).json()
                .getJsonArray("events").getValuesAs(JsonObject.class);
        assertTrue(events.stream().allMatch(e -> e.getString("actor").equals("prac.lee")));
        assertTrue(events.stream().anyMatch(e -> e.getString("action").equals("ENQUIRY_CREATED")));

        assertEquals(400, api.get("reports/access", "audit.max", PASSWORD).status());
        assertEquals(400, api.get("reports/access?user=a&record=b", "audit.max", PASSWORD).status());
        assertEquals(400, api.get("reports/access?user=a&from=yesterday", "audit.max", PASSWORD).status());
        assertTrue(api.get("reports/access?user=prac.lee", "audit.max", PASSWORD, "application/pdf").raw().body()
                .startsWith("%PDF-"));
        for (String user : List.of("prac.sam", "mgr.ana", "admin.eve", "cg.pat")) {
            assertEquals(403, api.get("reports/access?user=prac.lee", user, PASSWORD).status(), user);
        }
    }
}
