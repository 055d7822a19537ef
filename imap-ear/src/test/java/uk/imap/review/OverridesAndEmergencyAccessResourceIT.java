package uk.imap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.HubScenario.Consent;
import uk.imap.OverTheApi;

/** R4 overrides with four eyes, R23 break-glass, and the Caldicott Guardian's queue, over the REST API. */
class OverridesAndEmergencyAccessResourceIT extends OverTheApi {

    static final String CASE = """
            {"justification": "A child's safety outweighs the mother's refusal",
             "harmOfSharing": "The mother may stop engaging with services",
             "harmOfNotSharing": "The child may stay unseen in a violent home"}""";
    static final String CALDICOTT = """
            {"justifiedPurpose": true, "identifiableOnlyWhenNecessary": true, "minimumNecessary": true,
             "needToKnowAccess": true, "responsibilitiesUnderstood": true, "lawComplied": true, "dutyToShare": true,
             "serviceUsersInformed": true}""";

    long askPolice(String reference) throws Exception {
        Api.Answer sent = api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD, """
                {"agency": "POLICE", "purpose": "Assess risk", "necessity": "Police hold call-outs",
                 "legalGateways": ["CHILDREN_ACT_1989_S47"], "categories": ["DOMESTIC_ABUSE_INCIDENTS"],
                 "helpIfProvided": "Shows recent violence", "hindranceIfWithheld": "Risk left unseen"}""");
        assertEquals(201, sent.status(), sent.raw().body());
        return sent.json().getJsonNumber("id").longValue();
    }

    String share(String basis, Long overrideId) {
        return """
                {"decision": "SHARE_ALL", "reasons": "Relevant to safety", "consentBasis": "%s", "overrideId": %s,
                 "items": [{"category": "DOMESTIC_ABUSE_INCIDENTS", "content": "Mother treated for injuries",
                            "reliability": "VERIFIED", "sensitivity": "SENSITIVE"}],
                 "caldicott": %s}""".formatted(basis, overrideId, CALDICOTT);
    }

    JsonObject queued(String kind, String reference) throws Exception {
        return api.get("reviews?status=OPEN", "cg.pat", PASSWORD).array().getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("kind").equals(kind) && r.getString("enquiryReference").equals(reference))
                .findFirst().orElse(null);
    }

    @Test
    @DisplayName("R4 an approved override lets the police share despite the refusal, which stays beside the answer")
    void overrideWithFourEyes() throws Exception {
        String reference = HubScenario.on(api).consent(Consent.REFUSED).open().reference();
        long request = askPolice(reference);
        assertEquals(409, api.post("information-requests/" + request + "/disclosure", "police.ray", PASSWORD,
                share("OVERRIDE", null)).status());

        Api.Answer asked = api.post("enquiries/" + reference + "/consent-overrides", "prac.sam", PASSWORD, CASE);
        assertEquals(201, asked.status(), asked.raw().body());
        long override = asked.json().getJsonNumber("id").longValue();
        assertEquals("PENDING", asked.json().getString("status"));
        assertEquals(403, api.post("consent-overrides/" + override + "/approval", "prac.sam", PASSWORD,
                "{\"approved\": true, \"reasons\": \"Mine\"}").status());
        assertEquals(409, api.post("information-requests/" + request + "/disclosure", "police.ray", PASSWORD,
                share("OVERRIDE", override)).status(), "a pending override allows nothing");

        Api.Answer approved = api.post("consent-overrides/" + override + "/approval", "cg.pat", PASSWORD,
                "{\"approved\": true, \"reasons\": \"Risk of significant harm outweighs the refusal\"}");
        assertEquals(200, approved.status(), approved.raw().body());
        assertEquals("APPROVED", approved.json().getString("status"));
        assertEquals(List.of((int) override), api.get("information-requests/" + request, "police.ray", PASSWORD)
                .json().getJsonArray("approvedOverrides").getValuesAs(jakarta.json.JsonNumber.class).stream()
                .map(jakarta.json.JsonNumber::intValue).toList());

        Api.Answer shared = api.post("information-requests/" + request + "/disclosure", "police.ray", PASSWORD,
                share("OVERRIDE", override));
        assertEquals(201, shared.status(), shared.raw().body());
        JsonObject answer = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getJsonArray("requests")
                .getJsonObject(0).getJsonArray("disclosures").getJsonObject(0);
        assertEquals("REFUSED", answer.getString("consentKindAtAnswer"));
        assertEquals(override, answer.getJsonNumber("overrideId").longValue());
        assertTrue(queued("OVERRIDE_APPROVED", reference) != null, "approved override on the queue");
        assertTrue(queued("SENSITIVE_DISCLOSURE", reference) != null, "sensitive disclosure on the queue");
    }

    @Test
    @DisplayName("R4 nobody approves their own override, and an incomplete case is refused field by field")
    void fourEyes() throws Exception {
        String reference = HubScenario.on(api).consent(Consent.REFUSED).open().reference();
        Api.Answer incomplete = api.post("enquiries/" + reference + "/consent-overrides", "mgr.ana", PASSWORD,
                "{\"justification\": \"Safety\"}");
        assertEquals(400, incomplete.status());
        long override = api.post("enquiries/" + reference + "/consent-overrides", "mgr.ana", PASSWORD, CASE).json()
                .getJsonNumber("id").longValue();

        Api.Answer own = api.post("consent-overrides/" + override + "/approval", "mgr.ana", PASSWORD,
                "{\"approved\": true, \"reasons\": \"I asked, I approve\"}");

        assertEquals(409, own.status());
        assertTrue(own.json().getString("title").contains("R4"));
        assertTrue(api.get("consent-overrides?status=PENDING", "cg.pat", PASSWORD).array()
                .getValuesAs(JsonObject.class).stream().anyMatch(o -> o.getJsonNumber("id").longValue() == override));
        String notSought = HubScenario.on(api).consent(Consent.NOT_SOUGHT).open().reference();
        assertEquals(409, api.post("enquiries/" + notSought + "/consent-overrides", "prac.sam", PASSWORD,
                CASE).status(), "nothing to override when consent is not refused");
    }

    @Test
    @DisplayName("R23 break-glass: a reason opens the enquiry for 60 minutes, and the Caldicott Guardian reviews it")
    void emergencyAccess() throws Exception {
        String reference = HubScenario.on(api).consent(Consent.NOT_SOUGHT).open().reference();
        assertEquals(403, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status());
        assertEquals(400, api.post("enquiries/" + reference + "/emergency-access", "prac.lee", PASSWORD,
                "{\"reason\": \" \"}").status());
        assertEquals(403, api.post("enquiries/" + reference + "/emergency-access", "audit.max", PASSWORD,
                "{\"reason\": \"Curious\"}").status());

        Api.Answer granted = api.post("enquiries/" + reference + "/emergency-access", "prac.lee", PASSWORD,
                "{\"reason\": \"Child brought to A&E at 2am; the owner is off duty\"}");

        assertEquals(201, granted.status(), granted.raw().body());
        Duration lasts = Duration.between(OffsetDateTime.now(), OffsetDateTime.parse(granted.json().getString("expiresAt")));
        assertTrue(lasts.toMinutes() >= 58 && lasts.toMinutes() <= 60, lasts.toString());
        assertEquals(200, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status());
        JsonObject review = queued("EMERGENCY_ACCESS", reference);
        assertEquals("prac.lee", review.getString("raisedBy"));
        long id = review.getJsonNumber("id").longValue();

        Api.Answer verdict = api.post("reviews/" + id, "cg.pat", PASSWORD,
                "{\"verdict\": \"MISUSE\", \"comment\": \"The owner was on duty and reachable\"}");
        assertEquals(200, verdict.status(), verdict.raw().body());
        assertEquals(409, api.post("reviews/" + id, "cg.pat", PASSWORD,
                "{\"verdict\": \"ACCEPTED\", \"comment\": \"Again\"}").status());
        assertTrue(api.get("reviews/flagged", "mgr.ana", PASSWORD).array().getValuesAs(JsonObject.class).stream()
                .anyMatch(r -> r.getJsonNumber("id").longValue() == id && r.getString("verdict").equals("MISUSE")),
                "the misuse is flagged to the team's manager");
        assertEquals(403, api.get("reviews", "audit.max", PASSWORD).status());
    }

    @Test
    @DisplayName("R23 R16 break-glass and assignment open an enquiry for reading only: every change is refused and audited")
    void emergencyAccessAndAssignmentReadOnly() throws Exception {
        String reference = HubScenario.on(api).consent(Consent.REFUSED).open().reference();
        long request = askPolice(reference);
        assertEquals(201, api.post("enquiries/" + reference + "/emergency-access", "prac.lee", PASSWORD,
                "{\"reason\": \"Child brought to A&E at 2am; the owner is off duty\"}").status());
        JsonObject before = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json();
        long version = before.getJsonNumber("version").longValue();
        assertEquals(200, api.get("enquiries/" + reference, "prac.lee", PASSWORD).status(), "break-glass reads");

        assertChangesRefused("prac.lee", reference, version, request);

        // A practitioner assigned by the manager reads and works beside the owner, but changes stay with the owner.
        assertEquals(200, api.post("enquiries/" + reference + "/assignments", "mgr.ana", PASSWORD,
                "{\"change\": \"ADD\", \"username\": \"prac.lee\", \"reason\": \"Cover for leave\"}").status());
        version = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getJsonNumber("version").longValue();
        assertChangesRefused("prac.lee", reference, version, request);

        JsonObject after = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json();
        assertEquals(before.getString("summary"), after.getString("summary"));
        assertEquals(before.getString("status"), after.getString("status"));
        assertEquals(before.getJsonArray("requests").size(), after.getJsonArray("requests").size());
        assertEquals(1, api.get("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD).array().size());
        String denials = api.get("audit/events?user=prac.lee&record=" + reference, "audit.max", PASSWORD).raw().body();
        assertTrue(denials.contains("reading only"), denials);
        // The owner and the team's manager still change it.
        assertEquals(200, api.put("enquiries/" + reference, "mgr.ana", PASSWORD, revision(version)).status());
    }

    private void assertChangesRefused(String who, String reference, long version, long request) throws Exception {
        List<Api.Answer> attempts = List.of(
                api.put("enquiries/" + reference, who, PASSWORD, revision(version)),
                api.post("enquiries/" + reference + "/transitions", who, PASSWORD,
                        "{\"to\": \"CLOSED\", \"version\": " + version + ", \"reasons\": \"Done\"}"),
                api.post("enquiries/" + reference + "/consent-decisions", who, PASSWORD, Consent.NOT_SOUGHT.json()),
                api.post("enquiries/" + reference + "/information-requests", who, PASSWORD, """
                        {"agency": "HEALTH", "purpose": "Assess risk", "necessity": "The GP saw the child",
                         "legalGateways": ["CHILDREN_ACT_1989_S47"], "categories": ["HEALTH"],
                         "helpIfProvided": "Shows injuries", "hindranceIfWithheld": "Risk left unseen"}"""),
                api.post("enquiries/" + reference + "/consent-overrides", who, PASSWORD, CASE),
                api.post("advice-requests", who, PASSWORD, """
                        {"enquiryReference": "%s", "advisorRole": "CALDICOTT_GUARDIAN", "question": "May we share?"}"""
                        .formatted(reference)));
        for (Api.Answer attempt : attempts) {
            assertEquals(403, attempt.status(), attempt.raw().uri() + " " + attempt.raw().body());
            assertTrue(attempt.raw().body().contains("reading-only"), attempt.raw().body());
        }
        // A request is the hub's to withdraw, never a reader's (break-glass opens the enquiry, not its requests).
        assertEquals(403, api.post("information-requests/" + request + "/withdrawal", who, PASSWORD,
                "{\"reason\": \"Not needed\"}").status());
    }

    private static String revision(long version) {
        return """
                {"version": %d, "source": "ANONYMOUS", "summary": "Changed by someone who may only read",
                 "threshold": "S47_SIGNIFICANT_HARM", "priority": "RED", "subjects": [{"kind": "CHILD",
                 "givenName": "Robin", "familyName": "Jones", "relationship": "SUBJECT"}]}""".formatted(version);
    }

    @Test
    @DisplayName("R3 R23 a decision not to seek consent lands on the Caldicott Guardian's queue, oldest first")
    void notSoughtIsQueued() throws Exception {
        String reference = HubScenario.on(api).consent(Consent.NOT_SOUGHT).open().reference();

        JsonObject review = queued("CONSENT_NOT_SOUGHT", reference);

        assertEquals("Asking would alert the father", review.getString("reason"));
        List<OffsetDateTime> raised = api.get("reviews?status=OPEN", "cg.pat", PASSWORD).array()
                .getValuesAs(JsonObject.class).stream().map(r -> OffsetDateTime.parse(r.getString("raisedAt"))).toList();
        for (int i = 1; i < raised.size(); i++) {
            assertTrue(!raised.get(i).isBefore(raised.get(i - 1)), "oldest first");
        }
    }
}
