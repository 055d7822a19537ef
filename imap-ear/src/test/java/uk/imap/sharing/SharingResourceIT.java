package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.HubScenario.Consent;
import uk.imap.OverTheApi;

/** Requests to agencies and their answers over the REST API, as the hub and partner systems call it (R4, R10–R16). */
class SharingResourceIT extends OverTheApi {

    static final String CALDICOTT = """
            {"justifiedPurpose": true, "identifiableOnlyWhenNecessary": true, "minimumNecessary": true,
             "needToKnowAccess": true, "responsibilitiesUnderstood": true, "lawComplied": true, "dutyToShare": true,
             "serviceUsersInformed": true}""";

    static String request(String agency, String necessity) {
        return """
                {"agency": "%s", "purpose": "Decide whether the child is at risk of significant harm",
                 "necessity": "%s", "legalGateways": ["CHILDREN_ACT_1989_S47", "DPA_2018_SCH1_PARA18"],
                 "categories": ["DOMESTIC_ABUSE_INCIDENTS"],
                 "helpIfProvided": "Shows whether violence at home is recent", 
                 "hindranceIfWithheld": "The hub may leave a child in a violent home"}
                """.formatted(agency, necessity);
    }

    static String sharePart(String basis) {
        return """
                {"decision": "SHARE_PART", "reasons": "Relevant to the child's safety", "consentBasis": "%s",
                 "items": [{"category": "DOMESTIC_ABUSE_INCIDENTS", "content": "Three call-outs since March",
                            "reliability": "VERIFIED", "sensitivity": "STANDARD"},
                           {"category": "MENTAL_HEALTH", "content": "Mother disclosed depression to officers",
                            "reliability": "HEARSAY", "sensitivity": "SENSITIVE",
                            "outsideRequestJustification": "Bears on the mother's capacity to protect"}],
                 "retained": [{"description": "An open investigation", "reason": "Disclosure would prejudice it"}],
                 "caldicott": %s}
                """.formatted(basis, CALDICOTT);
    }

    JsonObject askPolice(String reference) throws Exception {
        Api.Answer sent = api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD,
                request("POLICE", "Police hold call-outs to the address"));
        assertEquals(201, sent.status(), sent.raw().body());
        return sent.json();
    }

    @Test
    @DisplayName("R10 R15 a red request to the police is due in 4 hours and the enquiry awaits information")
    void aRedRequestIsSent() throws Exception {
        String reference = HubScenario.on(api).priority("RED").consent(Consent.NOT_SOUGHT).open().reference();

        JsonObject sent = askPolice(reference);

        assertEquals("SENT", sent.getString("status"));
        assertEquals("POLICE", sent.getString("agency"));
        assertEquals(Duration.ofHours(4), Duration.between(OffsetDateTime.parse(sent.getString("sentAt")),
                OffsetDateTime.parse(sent.getString("dueAt"))));
        assertFalse(sent.getBoolean("overdue"));
        JsonObject enquiry = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json();
        assertEquals("AWAITING_INFORMATION", enquiry.getString("status"));
        assertEquals(1, enquiry.getJsonArray("requests").size());
    }

    @Test
    @DisplayName("R10 a request without its reasons is refused field by field and nothing is sent")
    void anIncompleteRequestIsRefused() throws Exception {
        String reference = HubScenario.on(api).priority("AMBER").consent(Consent.NOT_SOUGHT).open().reference();

        Api.Answer refused = api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD,
                "{\"agency\": \"POLICE\", \"legalGateways\": [\"NOT_A_LAW\"], \"categories\": [\"HEALTH\"]}");

        assertEquals(400, refused.status());
        assertEquals(List.of("purpose", "necessity", "legalGateways", "helpIfProvided", "hindranceIfWithheld"),
                fields(refused));
        assertEquals("OPEN", api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getString("status"));
    }

    @Test
    @DisplayName("R10 several agencies with one reason is a blanket request: 400, and nothing is sent")
    void aBlanketRequestIsRefused() throws Exception {
        String reference = HubScenario.on(api).priority("GREEN").consent(Consent.NOT_SOUGHT).open().reference();
        String sameReason = "We ask every agency";

        Api.Answer refused = api.post("enquiries/" + reference + "/information-requests/batch", "prac.sam", PASSWORD,
                "{\"requests\": [" + request("POLICE", sameReason) + "," + request("HEALTH", sameReason) + ","
                        + request("EDUCATION", sameReason) + "]}");

        assertEquals(400, refused.status());
        assertEquals(List.of("requests[1].necessity", "requests[2].necessity"), fields(refused));
        assertTrue(refused.raw().body().contains("blanket request"));
        assertEquals(0, api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getJsonArray("requests")
                .size());

        Api.Answer sent = api.post("enquiries/" + reference + "/information-requests/batch", "prac.sam", PASSWORD,
                "{\"requests\": [" + request("POLICE", "Call-outs to the address") + ","
                        + request("HEALTH", "The GP saw the child twice for injuries") + "]}");
        assertEquals(201, sent.status(), sent.raw().body());
        assertEquals(2, sent.array().size());
    }

    @Test
    @DisplayName("R11 R12 R13 R14 the police share part, and the hub sees each item labelled and what was retained")
    void anAgencySharesPart() throws Exception {
        String reference = HubScenario.on(api).priority("RED").consent(Consent.NOT_SOUGHT).open().reference();
        long id = askPolice(reference).getJsonNumber("id").longValue();

        Api.Answer answered = api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD,
                sharePart("NOT_SOUGHT"));

        assertEquals(201, answered.status(), answered.raw().body());
        JsonObject enquiry = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json();
        assertEquals("DECISION", enquiry.getString("status"));
        JsonObject request = enquiry.getJsonArray("requests").getJsonObject(0);
        assertEquals("ANSWERED", request.getString("status"));
        JsonObject disclosure = request.getJsonArray("disclosures").getJsonObject(0);
        assertEquals("SHARE_PART", disclosure.getString("decision"));
        assertEquals("police.ray", disclosure.getString("answeredBy"));
        JsonObject second = disclosure.getJsonArray("items").getJsonObject(1);
        assertEquals("HEARSAY", second.getString("reliability"));
        assertEquals("SENSITIVE", second.getString("sensitivity"));
        assertEquals("Bears on the mother's capacity to protect", second.getString("outsideRequestJustification"));
        assertEquals("Disclosure would prejudice it",
                disclosure.getJsonArray("retained").getJsonObject(0).getString("reason"));
        assertTrue(disclosure.getJsonObject("caldicott").getBoolean("dutyToShare"));
    }

    @Test
    @DisplayName("R14 an unconfirmed Caldicott principle and an unjustified item outside the request are refused")
    void caldicottAndOutsideTheRequest() throws Exception {
        String reference = HubScenario.on(api).priority("RED").consent(Consent.NOT_SOUGHT).open().reference();
        long id = askPolice(reference).getJsonNumber("id").longValue();
        String careless = sharePart("NOT_SOUGHT").replace("\"dutyToShare\": true", "\"dutyToShare\": false")
                .replace("\"outsideRequestJustification\": \"Bears on the mother's capacity to protect\"",
                        "\"outsideRequestJustification\": \"\"");

        Api.Answer refused = api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD, careless);

        assertEquals(400, refused.status());
        assertEquals(List.of("items[1].outsideRequestJustification", "caldicott.dutyToShare"), fields(refused));
        assertEquals("SENT", api.get("information-requests/" + id, "police.ray", PASSWORD).json().getString("status"));
    }

    @Test
    @DisplayName("R4 when consent was refused, a share without an approved override is refused; declining is recorded")
    void refusedConsentBlocksSharing() throws Exception {
        String reference = HubScenario.on(api).priority("RED").consent(Consent.REFUSED).open().reference();
        long id = askPolice(reference).getJsonNumber("id").longValue();

        JsonObject asked = api.get("information-requests/" + id, "police.ray", PASSWORD).json();
        assertEquals("REFUSED", asked.getString("consentKind"));
        Api.Answer refused = api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD,
                sharePart("OVERRIDE"));
        assertEquals(409, refused.status());
        assertTrue(refused.json().getString("title").contains("R4"));

        Api.Answer declined = api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD,
                "{\"decision\": \"DECLINE\", \"reasons\": \"Consent was refused and no override exists\","
                        + " \"caldicott\": " + CALDICOTT + "}");
        assertEquals(201, declined.status(), declined.raw().body());
        assertEquals("REFUSED", declined.json().getString("consentKindAtAnswer"));
    }

    @Test
    @DisplayName("R16 an agency sees only its own requests, with the minimum about the people and nothing of the summary")
    void agenciesSeeOnlyTheirOwn() throws Exception {
        String reference = HubScenario.on(api).priority("AMBER").consent(Consent.NOT_SOUGHT).open().reference();
        long id = askPolice(reference).getJsonNumber("id").longValue();

        Api.Answer mine = api.get("information-requests/" + id, "police.ray", PASSWORD);
        assertEquals(200, mine.status());
        String body = mine.raw().body();
        assertTrue(body.contains("\"givenName\":\"Robin\""), body);
        assertFalse(body.contains("Bruises seen at school"), body);
        assertTrue(api.get("information-requests", "police.ray", PASSWORD).array().getValuesAs(JsonObject.class)
                .stream().anyMatch(r -> r.getJsonNumber("id").longValue() == id));

        assertEquals(403, api.get("information-requests/" + id, "health.kim", PASSWORD).status());
        assertTrue(api.get("information-requests", "health.kim", PASSWORD).array().getValuesAs(JsonObject.class)
                .stream().noneMatch(r -> r.getJsonNumber("id").longValue() == id));
        assertEquals(403, api.post("information-requests/" + id + "/disclosure", "health.kim", PASSWORD,
                sharePart("NOT_SOUGHT")).status());
        assertEquals(403, api.get("enquiries/" + reference, "police.ray", PASSWORD).status());
        assertEquals(403, api.get("information-requests/" + id, "prac.lee", PASSWORD).status());
    }

    @Test
    @DisplayName("R15 R16 an agency reads its list a page at a time: the pages are the whole list, in order")
    void anAgencyPagesThroughItsList() throws Exception {
        for (int enquiry = 0; enquiry < 3; enquiry++) {
            askPolice(HubScenario.on(api).priority("AMBER").consent(Consent.NOT_SOUGHT).open().reference());
        }
        List<Long> whole = ids(api.get("information-requests", "police.ray", PASSWORD));
        assertTrue(whole.size() >= 3, whole.toString());

        List<Long> paged = new ArrayList<>();
        for (int page = 0; paged.size() < whole.size(); page++) {
            Api.Answer one = api.get("information-requests?size=2&page=" + page, "police.ray", PASSWORD);
            assertEquals(200, one.status(), one.raw().body());
            assertEquals(String.valueOf(whole.size()), one.header("X-Total-Count"));
            List<Long> ids = ids(one);
            assertTrue(!ids.isEmpty() && ids.size() <= 2, ids.toString());
            paged.addAll(ids);
        }
        assertEquals(whole, paged);
        assertEquals(List.of(), ids(api.get("information-requests?size=2&page=" + (whole.size() + 1) / 2,
                "police.ray", PASSWORD)), "past the last page");

        for (String wrong : List.of("size=0", "size=201", "size=two", "page=-1", "page=1073741824&size=2")) {
            Api.Answer refused = api.get("information-requests?" + wrong, "police.ray", PASSWORD);
            assertEquals(400, refused.status(), wrong);
            assertTrue(refused.raw().body().contains(wrong.contains("page=") ? "page" : "size"), refused.raw().body());
        }
    }

    private static List<Long> ids(Api.Answer list) {
        return list.array().getValuesAs(JsonObject.class).stream().map(r -> r.getJsonNumber("id").longValue()).toList();
    }

    @Test
    @DisplayName("R11 a correction supersedes the answer in force, with its reason; the first stays in the record")
    void correctionsSupersede() throws Exception {
        String reference = HubScenario.on(api).priority("GREEN").consent(Consent.NOT_SOUGHT).open().reference();
        long id = askPolice(reference).getJsonNumber("id").longValue();
        long first = api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD,
                        "{\"decision\": \"DECLINE\", \"reasons\": \"Nothing held\", \"caldicott\": " + CALDICOTT + "}")
                .json().getJsonNumber("id").longValue();

        Api.Answer unnamed = api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD,
                sharePart("NOT_SOUGHT"));
        assertEquals(400, unnamed.status());
        assertEquals(List.of("supersedes"), fields(unnamed));

        String correction = sharePart("NOT_SOUGHT").replaceFirst("\\{", "{\"supersedes\": " + first
                + ", \"correctionReason\": \"A second record was found under the mother's maiden name\",");
        Api.Answer corrected = api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD,
                correction);
        assertEquals(201, corrected.status(), corrected.raw().body());
        assertEquals(first, corrected.json().getJsonNumber("supersedes").longValue());

        var disclosures = api.get("information-requests/" + id, "prac.sam", PASSWORD).json()
                .getJsonArray("disclosures");
        assertEquals(2, disclosures.size());
        assertEquals("DECLINE", disclosures.getJsonObject(0).getString("decision"));
    }

    @Test
    @DisplayName("R10 a withdrawal needs a reason; withdrawing the last request moves the enquiry to DECISION")
    void withdrawal() throws Exception {
        String reference = HubScenario.on(api).priority("AMBER").consent(Consent.NOT_SOUGHT).open().reference();
        long id = askPolice(reference).getJsonNumber("id").longValue();

        assertEquals(400, api.post("information-requests/" + id + "/withdrawal", "prac.sam", PASSWORD,
                "{\"reason\": \" \"}").status());
        Api.Answer withdrawn = api.post("information-requests/" + id + "/withdrawal", "prac.sam", PASSWORD,
                "{\"reason\": \"Answered by phone at the strategy meeting\"}");
        assertEquals(200, withdrawn.status(), withdrawn.raw().body());
        assertEquals("WITHDRAWN", withdrawn.json().getString("status"));
        assertEquals("DECISION", api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getString("status"));
        assertEquals(409, api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD,
                "{\"decision\": \"DECLINE\", \"reasons\": \"x\", \"caldicott\": " + CALDICOTT + "}").status());
    }

    @Test
    @DisplayName("R11 GET /decisions lists consent, requests, answers and the outcome with their reasons, in order")
    void everyDecisionIsListed() throws Exception {
        String reference = HubScenario.on(api).priority("RED").consent(Consent.NOT_SOUGHT).open().reference();
        long id = askPolice(reference).getJsonNumber("id").longValue();
        api.post("information-requests/" + id + "/disclosure", "police.ray", PASSWORD, sharePart("NOT_SOUGHT"));
        // R29: closing as a strategy discussion needs its record.
        assertEquals(201, api.post("enquiries/" + reference + "/notes", "prac.sam", PASSWORD, """
                {"kind": "STRATEGY_DISCUSSION", "text": "Police shared call-outs", "occurredAt": "%s",
                 "participants": [{"name": "DS Ray Brook", "agency": "Police"}],
                 "decision": "Section 47 enquiries", "nextSteps": "Joint visit"}"""
                .formatted(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1).withNano(0))).status());
        long version = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getJsonNumber("version")
                .longValue();
        assertEquals(200, api.post("enquiries/" + reference + "/transitions", "prac.sam", PASSWORD,
                "{\"to\": \"CLOSED\", \"version\": " + version + ", \"outcome\": \"S47_STRATEGY_DISCUSSION\","
                        + " \"reasons\": \"Police information shows repeated violence\"}").status());

        Api.Answer decisions = api.get("decisions?enquiry=" + reference, "prac.sam", PASSWORD);

        assertEquals(200, decisions.status(), decisions.raw().body());
        assertEquals(List.of("CONSENT", "REQUEST", "DISCLOSURE", "OUTCOME"), decisions.array()
                .getValuesAs(JsonObject.class).stream().map(d -> d.getString("kind")).toList());
        assertEquals("SHARE_PART", decisions.array().getJsonObject(2).getString("decision"));
        assertEquals(403, api.get("decisions?enquiry=" + reference, "prac.lee", PASSWORD).status());
    }

    @Test
    @DisplayName("R15 administrators set the response times; others may not, and a zero is refused")
    void responseTimes() throws Exception {
        assertEquals(4, api.get("admin/response-times", "admin.eve", PASSWORD).json().getInt("RED"));
        assertEquals(403, api.put("admin/response-times", "prac.sam", PASSWORD,
                "{\"RED\": 2, \"AMBER\": 24, \"GREEN\": 72}").status());
        Api.Answer zero = api.put("admin/response-times", "admin.eve", PASSWORD,
                "{\"RED\": 0, \"AMBER\": 24, \"GREEN\": 72}");
        assertEquals(400, zero.status());
        assertEquals(List.of("RED"), fields(zero));
        assertNull(zero.json().get("RED"));
    }

    @Test
    @DisplayName("R15 administrators set an agency's shared mailbox; a bad address is refused and nobody else may")
    void agencyMailboxes() throws Exception {
        Api.Answer changed = api.put("admin/agencies/HOUSING", "admin.eve", PASSWORD,
                "{\"sharedMailbox\": \"housing-safeguarding@council.example\"}");
        assertEquals(200, changed.status(), changed.raw().body());
        assertTrue(api.get("admin/agencies", "admin.eve", PASSWORD).raw().body()
                .contains("housing-safeguarding@council.example"));
        Api.Answer bad = api.put("admin/agencies/HOUSING", "admin.eve", PASSWORD, "{\"sharedMailbox\": \"not an address\"}");
        assertEquals(400, bad.status());
        assertEquals(List.of("sharedMailbox"), fields(bad));
        assertEquals(403, api.put("admin/agencies/HOUSING", "prac.sam", PASSWORD,
                "{\"sharedMailbox\": \"x@council.example\"}").status());
    }

    private static List<String> fields(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }
}
