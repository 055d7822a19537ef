package uk.imap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.HubScenario;
import uk.imap.OverTheApi;

/**
 * The Caldicott Guardian's queue (R29): filtered by kind; each item opens what is under review, with the access the
 * review needs, and the opening is audited (R18); nobody else may open it (R16).
 */
class ReviewSubjectIT extends OverTheApi {

    @Test
    @DisplayName("R29 a decision not to seek consent opens with its grounds and justification, audited")
    void consentNotSought() throws Exception {
        String reference = HubScenario.on(api).open().reference();
        JsonObject item = item(reference, "CONSENT_NOT_SOUGHT");

        JsonObject subject = api.get("reviews/" + item.getJsonNumber("id") + "/subject", "cg.pat", PASSWORD).json();

        assertEquals(reference, subject.getString("enquiryReference"));
        assertTrue(subject.getJsonArray("facts").toString().contains("Justification"), subject.toString());
        List<String> audited = api.get("audit/events?user=cg.pat&action=REVIEW_SUBJECT_READ", "audit.max", PASSWORD)
                .array().getValuesAs(JsonObject.class).stream().map(e -> e.getString("recordType")).toList();
        assertTrue(audited.contains("ConsentDecision"), audited.toString());
        assertEquals(403, api.get("reviews/" + item.getJsonNumber("id") + "/subject", "prac.sam", PASSWORD).status());
        assertEquals(404, api.get("reviews/999999999/subject", "cg.pat", PASSWORD).status());
        assertEquals(400, api.get("reviews?kind=GOSSIP", "cg.pat", PASSWORD).status());
    }

    @Test
    @DisplayName("R29 R23 emergency access opens with its reason and every read made under it")
    void emergencyAccess() throws Exception {
        String reference = HubScenario.on(api).open().reference();
        assertEquals(201, api.post("enquiries/" + reference + "/emergency-access", "prac.lee", PASSWORD,
                "{\"reason\": \"Child brought to A&E at 2am; the owner is off duty\"}").status());
        assertEquals(200, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status());
        JsonObject item = item(reference, "EMERGENCY_ACCESS");

        String facts = api.get("reviews/" + item.getJsonNumber("id") + "/subject", "cg.pat", PASSWORD).json()
                .getJsonArray("facts").toString();

        assertTrue(facts.contains("A&E at 2am") && facts.contains("prac.lee"), facts);
        assertTrue(facts.contains("1 time(s)"), facts);
    }

    /** The open item of this kind on this enquiry, found through the queue filtered by kind. */
    private JsonObject item(String reference, String kind) throws Exception {
        List<JsonObject> queue = api.get("reviews?status=OPEN&kind=" + kind, "cg.pat", PASSWORD).array()
                .getValuesAs(JsonObject.class);
        assertTrue(queue.stream().allMatch(r -> r.getString("kind").equals(kind)));
        return queue.stream().filter(r -> r.getString("enquiryReference").equals(reference)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " item for " + reference));
    }
}
