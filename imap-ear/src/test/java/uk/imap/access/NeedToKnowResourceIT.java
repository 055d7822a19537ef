package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.OverTheApi;

/** Assignment widens need to know (R16), and sensitive and restricted content stays with those it is for (R13). */
class NeedToKnowResourceIT extends OverTheApi {

    static final String CALDICOTT = """
            {"justifiedPurpose": true, "identifiableOnlyWhenNecessary": true, "minimumNecessary": true,
             "needToKnowAccess": true, "responsibilitiesUnderstood": true, "lawComplied": true, "dutyToShare": true,
             "serviceUsersInformed": true}""";

    Api.Answer assign(String as, String reference, String change, String username, String reason) throws Exception {
        return api.post("enquiries/" + reference + "/assignments", as, PASSWORD,
                "{\"change\": \"" + change + "\", \"username\": \"" + username + "\", \"reason\": \"" + reason + "\"}");
    }

    @Test
    @DisplayName("R16 a manager assigns a practitioner with a reason; the practitioner sees the enquiry until removed")
    void assignmentWidensNeedToKnow() throws Exception {
        String reference = HubScenario.on(api).child("Ali", "Khan").open().reference();
        assertEquals(403, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status());

        assertEquals(400, assign("mgr.ana", reference, "ADD", "prac.lee", " ").status());
        assertEquals(400, assign("mgr.ana", reference, "ADD", "nobody.here", "Cover").status());
        assertEquals(403, assign("prac.sam", reference, "ADD", "prac.lee", "Cover").status());
        Api.Answer added = assign("mgr.ana", reference, "ADD", "prac.lee", "Sam is on leave this week");
        assertEquals(200, added.status(), added.raw().body());
        assertEquals(List.of("prac.lee"), added.json().getJsonArray("assignees").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).toList());

        assertEquals(200, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status());
        assertTrue(api.get("enquiries?size=200", "prac.lee", PASSWORD).raw().body().contains(reference));

        assertEquals(200, assign("mgr.ana", reference, "REMOVE", "prac.lee", "Sam is back").status());
        assertEquals(403, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status());
    }

    @Test
    @DisplayName("R16 a manager hands an enquiry over; the new owner sees it and the old one no longer does")
    void handOver() throws Exception {
        String reference = HubScenario.on(api).child("Ali", "Khan").open().reference();

        Api.Answer handed = assign("mgr.ana", reference, "HAND_OVER", "prac.lee", "Lee knows the family");

        assertEquals(200, handed.status(), handed.raw().body());
        assertEquals("prac.lee", handed.json().getString("owner"));
        assertEquals(200, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status());
        assertEquals(403, api.get("enquiries/" + reference, "prac.sam", PASSWORD).status());
    }

    @Test
    @DisplayName("R13 sensitive content is the owner's and manager's only; restricted content is masked until revealed with a reason")
    void guardedContent() throws Exception {
        String reference = HubScenario.on(api).child("Ali", "Khan").open().reference();
        long request = api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD, """
                {"agency": "HEALTH", "purpose": "Assess risk", "necessity": "The GP saw the child",
                 "legalGateways": ["CHILDREN_ACT_1989_S47"], "categories": ["HEALTH"],
                 "helpIfProvided": "Shows injuries", "hindranceIfWithheld": "Risk left unseen"}""")
                .json().getJsonNumber("id").longValue();
        Api.Answer shared = api.post("information-requests/" + request + "/disclosure", "health.kim", PASSWORD, """
                {"decision": "SHARE_ALL", "reasons": "Relevant", "consentBasis": "NOT_SOUGHT",
                 "items": [{"category": "HEALTH", "content": "Seen twice for bruising", "reliability": "VERIFIED",
                            "sensitivity": "STANDARD"},
                           {"category": "HEALTH", "content": "Mother is HIV positive", "reliability": "VERIFIED",
                            "sensitivity": "SENSITIVE"},
                           {"category": "HEALTH", "content": "Mother lives in a refuge at 9 Hidden Road",
                            "reliability": "VERIFIED", "sensitivity": "RESTRICTED"}],
                 "caldicott": %s}""".formatted(CALDICOTT));
        assertEquals(201, shared.status(), shared.raw().body());
        assign("mgr.ana", reference, "ADD", "prac.lee", "Cover for leave");

        List<JsonObject> forOwner = items("prac.sam", reference);
        assertEquals("Mother is HIV positive", forOwner.get(1).getString("content"));
        assertTrue(forOwner.get(2).getBoolean("masked"));
        assertFalse(forOwner.get(2).containsKey("content"));
        assertEquals("Seen twice for bruising", items("prac.lee", reference).get(0).getString("content"));
        assertTrue(items("prac.lee", reference).get(1).getBoolean("masked"));
        assertEquals("SENSITIVE", items("prac.lee", reference).get(1).getString("sensitivity"));

        long restricted = forOwner.get(2).getJsonNumber("id").longValue();
        assertEquals(403, api.post("disclosed-items/" + restricted + "/reveal", "prac.lee", PASSWORD,
                "{\"reason\": \"Curious\"}").status());
        assertEquals(400, api.post("disclosed-items/" + restricted + "/reveal", "prac.sam", PASSWORD,
                "{\"reason\": \"\"}").status());
        Api.Answer revealed = api.post("disclosed-items/" + restricted + "/reveal", "mgr.ana", PASSWORD,
                "{\"reason\": \"Planning a safe visit\"}");
        assertEquals(200, revealed.status(), revealed.raw().body());
        assertEquals("Mother lives in a refuge at 9 Hidden Road", revealed.json().getString("content"));
        assertFalse(api.get("enquiries/" + reference, "mgr.ana", PASSWORD).raw().body().contains("Hidden Road"));
    }

    private List<JsonObject> items(String as, String reference) throws Exception {
        return api.get("enquiries/" + reference, as, PASSWORD).json().getJsonArray("requests").getJsonObject(0)
                .getJsonArray("disclosures").getJsonObject(0).getJsonArray("items").getValuesAs(JsonObject.class);
    }
}
