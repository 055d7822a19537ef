package uk.imap.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.OverTheApi;

/** R29, R4: an approval limited to the agencies its reasons name; the others still may not share. */
class OverrideAgenciesIT extends OverTheApi {

    static final String SHARE = """
            {"decision": "SHARE_ALL", "reasons": "Relevant to the child's safety", "consentBasis": "OVERRIDE",
             "overrideId": %d,
             "items": [{"category": "DOMESTIC_ABUSE_INCIDENTS", "content": "Seen at A&E twice",
                        "reliability": "VERIFIED", "sensitivity": "STANDARD"}],
             "caldicott": %s}""";

    @Test
    @DisplayName("R29 R4 an override approved for the police lets the police share and not health")
    void approvalNamesThePolice() throws Exception {
        HubScenario.Case made = HubScenario.on(api).consent(HubScenario.Consent.REFUSED).askingPolice().open();
        long health = api.post("enquiries/" + made.reference() + "/information-requests", "prac.sam", PASSWORD, """
                {"agency": "HEALTH", "purpose": "Injuries seen by health", "necessity": "Only health saw them",
                 "legalGateways": ["CHILDREN_ACT_1989_S47"], "categories": ["DOMESTIC_ABUSE_INCIDENTS"],
                 "helpIfProvided": "Shows the pattern", "hindranceIfWithheld": "The pattern stays unseen"}""")
                .json().getJsonNumber("id").longValue();
        long override = api.post("enquiries/" + made.reference() + "/consent-overrides", "prac.sam", PASSWORD, """
                {"justification": "The police call-outs decide the risk", "harmOfSharing": "Trust lost",
                 "harmOfNotSharing": "The child may stay in a violent home"}""").json().getJsonNumber("id")
                .longValue();

        assertEquals(400, api.post("consent-overrides/" + override + "/approval", "mgr.ana", PASSWORD,
                "{\"approved\": true, \"reasons\": \"x\", \"agencies\": [\"NO_SUCH_AGENCY\"]}").status());
        Api.Answer approved = api.post("consent-overrides/" + override + "/approval", "mgr.ana", PASSWORD,
                "{\"approved\": true, \"reasons\": \"The police hold what matters\", \"agencies\": [\"POLICE\"]}");
        assertEquals(200, approved.status(), approved.raw().body());
        assertEquals("[\"POLICE\"]", approved.json().getJsonArray("agencies").toString());

        assertEquals(201, api.post("information-requests/" + made.request() + "/disclosure", "police.ray", PASSWORD,
                SHARE.formatted(override, HubScenario.CALDICOTT)).status());
        Api.Answer refused = api.post("information-requests/" + health + "/disclosure", "health.kim", PASSWORD,
                SHARE.formatted(override, HubScenario.CALDICOTT));
        assertNotEquals(201, refused.status(), refused.raw().body());
        assertEquals(0, api.get("information-requests/" + health, "health.kim", PASSWORD).json()
                .getJsonArray("approvedOverrides").size());
    }
}
