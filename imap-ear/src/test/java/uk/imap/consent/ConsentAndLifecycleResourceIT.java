package uk.imap.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** Consent decisions, the life cycle and editing over the REST API (R1–R9, R15, R21, R22). */
class ConsentAndLifecycleResourceIT extends OverTheApi {

    static final String DRAFT = """
            {"source": "ANONYMOUS", "summary": "Shouting heard nightly", "threshold": "S47_SIGNIFICANT_HARM",
             "priority": "RED", "subjects": [{"kind": "CHILD", "givenName": "Robin", "familyName": "Jones",
             "relationship": "SUBJECT"}]}
            """;
    static final String NOT_SOUGHT = """
            {"kind": "NOT_SOUGHT", "grounds": ["RISK_OF_HARM"], "factors": ["CLOSED_ENVIRONMENT"],
             "justification": "Asking the father would put the child at risk"}
            """;

    String reference;

    @BeforeEach
    void draft() throws Exception {
        reference = api.post("enquiries", "prac.sam", PASSWORD, DRAFT).json().getString("reference");
    }

    Api.Answer transition(String to, long version) throws Exception {
        return api.post("enquiries/" + reference + "/transitions", "prac.sam", PASSWORD,
                "{\"to\": \"" + to + "\", \"version\": " + version + "}");
    }

    long version() throws Exception {
        return api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getJsonNumber("version").longValue();
    }

    @Test
    @DisplayName("R1 opening a draft without a consent decision is refused with 409 and changes nothing")
    void openingWithoutConsentIsRefused() throws Exception {
        Api.Answer refused = transition("OPEN", version());

        assertEquals(409, refused.status());
        assertTrue(refused.json().getString("title").contains("R1"));
        assertEquals("DRAFT", api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getString("status"));
    }

    @Test
    @DisplayName("R3 R6 R15 R30 consent not sought with a ground opens the enquiry and flags it for review; the decision stays due from receipt")
    void notSoughtWithAGroundOpens() throws Exception {
        assertEquals(201, api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD, NOT_SOUGHT)
                .status());
        String dueAsDrafted = api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getString("decisionDueAt");

        Api.Answer opened = transition("OPEN", version());

        assertEquals(200, opened.status());
        JsonObject enquiry = opened.json();
        assertEquals("OPEN", enquiry.getString("status"));
        assertTrue(enquiry.getBoolean("reviewFlag"));
        assertFalse(enquiry.getBoolean("overdue"));
        OffsetDateTime due = OffsetDateTime.parse(enquiry.getString("decisionDueAt"));
        OffsetDateTime received = OffsetDateTime.parse(enquiry.getString("receivedAt"));
        // Red: four working hours from receipt, a weekend or bank holidays between at most.
        assertTrue(due.isAfter(received) && due.isBefore(received.plusHours(4).plusDays(5)), due + " from " + received);
        assertEquals(OffsetDateTime.parse(dueAsDrafted).toInstant(), due.toInstant(), "opening keeps the due time");
        assertEquals("NOT_SOUGHT", enquiry.getJsonObject("consent").getString("kind"));
    }

    @Test
    @DisplayName("R8 a closed environment alone is refused as a ground: 400 naming grounds")
    void closedEnvironmentAloneIsRefused() throws Exception {
        Api.Answer refused = api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD,
                "{\"kind\": \"NOT_SOUGHT\", \"factors\": [\"CLOSED_ENVIRONMENT\"], \"justification\": \"closed\"}");

        assertEquals(400, refused.status());
        assertEquals(List.of("grounds"), fields(refused));
        assertEquals(0, api.get("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD).array().size());
    }

    @Test
    @DisplayName("R9 R22 Gillick competence and unknown codes are refused field by field")
    void gillickAndUnknownCodesAreRefused() throws Exception {
        Api.Answer refused = api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD, """
                {"kind": "GRANTED", "givenBy": "Robin Jones", "informedOf": {"why": true, "what": true, "how": true,
                 "withWhom": true}, "capacityAssessment": "GILLICK_COMPETENT"}
                """);
        Api.Answer unknown = api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD,
                "{\"kind\": \"MAYBE\", \"grounds\": [\"HUNCH\"]}");

        assertEquals(List.of("capacityAssessment"), fields(refused));
        assertEquals(List.of("grounds", "kind"), fields(unknown).stream().sorted().toList());
    }

    @Test
    @DisplayName("R6 a new decision supersedes the old; the history keeps both, oldest first")
    void historyIsKept() throws Exception {
        api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD, NOT_SOUGHT);
        JsonObject granted = api.post("enquiries/" + reference + "/consent-decisions", "mgr.ana", PASSWORD, """
                {"kind": "GRANTED", "givenBy": "Sam Jones (mother)",
                 "informedOf": {"why": true, "what": true, "how": true, "withWhom": true}}
                """).json();

        List<JsonObject> history = api.get("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD)
                .array().getValuesAs(JsonObject.class);
        assertEquals(List.of("NOT_SOUGHT", "GRANTED"), history.stream().map(c -> c.getString("kind")).toList());
        assertEquals(history.get(0).getJsonNumber("id").longValue(), granted.getJsonNumber("supersedes").longValue());
        assertEquals("mgr.ana", granted.getString("decidedBy"));
        assertFalse(api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getBoolean("reviewFlag"));
    }

    @Test
    @DisplayName("R21 a save from a stale version gets 409 naming who changed it, and nothing is overwritten")
    void staleSavesConflict() throws Exception {
        long read = version();
        String revised = DRAFT.replace("Shouting heard nightly", "First change").replace("{\"source\"",
                "{\"version\": " + read + ", \"source\"");
        assertEquals(200, api.put("enquiries/" + reference, "mgr.ana", PASSWORD, revised).status());

        Api.Answer stale = api.put("enquiries/" + reference, "prac.sam", PASSWORD,
                revised.replace("First change", "Second change"));

        assertEquals(409, stale.status());
        assertTrue(stale.json().getString("detail").contains("mgr.ana"), stale.json().getString("detail"));
        assertEquals("First change", api.get("enquiries/" + reference, "prac.sam", PASSWORD).json().getString("summary"));
    }

    @Test
    @DisplayName("R22 closing without an outcome is refused field by field; a closed enquiry then refuses consent")
    void closing() throws Exception {
        api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD, NOT_SOUGHT);
        transition("OPEN", version());

        Api.Answer refused = transition("CLOSED", version());
        assertEquals(List.of("outcome", "reasons"), fields(refused));

        Api.Answer closed = api.post("enquiries/" + reference + "/transitions", "prac.sam", PASSWORD,
                "{\"to\": \"CLOSED\", \"version\": " + version() + ", \"outcome\": \"EARLY_HELP\","
                        + " \"reasons\": \"Family accepted early help\"}");
        assertEquals(200, closed.status());
        assertFalse(closed.json().getBoolean("reviewFlag"));
        assertEquals(409, api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD, NOT_SOUGHT)
                .status());
    }

    @Test
    @DisplayName("R2 consent granted counts only when the person was told why, what, how and with whom")
    void grantedNeedsAllFour() throws Exception {
        String granted = """
                {"kind": "GRANTED", "givenBy": "Sam Jones (mother)",
                 "informedOf": {"why": true, "what": true, "how": true, "withWhom": %s}}
                """;

        Api.Answer uninformed = api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD,
                granted.formatted("false"));
        Api.Answer informed = api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD,
                granted.formatted("true"));

        assertEquals(List.of("informedOf"), fields(uninformed));
        assertEquals(201, informed.status());
        assertTrue(informed.json().getJsonObject("informedOf").getBoolean("withWhom"));
        assertEquals("Sam Jones (mother)", informed.json().getString("givenBy"));
    }

    @Test
    @DisplayName("R5 a privacy notice is not consent; a named service and who agreed to it is")
    void impliedConsentNamesTheService() throws Exception {
        Api.Answer poster = api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD,
                "{\"kind\": \"IMPLIED_BY_SERVICE\", \"service\": \"Privacy notice\", \"agreedBy\": \"Mother\"}");
        Api.Answer camhs = api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD,
                "{\"kind\": \"IMPLIED_BY_SERVICE\", \"service\": \"CAMHS referral\", \"agreedBy\": \"Mother\"}");

        assertEquals(List.of("service"), fields(poster));
        assertEquals(201, camhs.status());
        assertEquals("CAMHS referral", camhs.json().getString("service"));
    }

    @Test
    @DisplayName("R4 R7 below the s47 threshold, consent not sought on a ground permits sharing; a refusal needs an override")
    void thresholdDoesNotGateSharing() throws Exception {
        String belowThreshold = api.post("enquiries", "prac.sam", PASSWORD,
                DRAFT.replace("S47_SIGNIFICANT_HARM", "BELOW_THRESHOLD")).json().getString("reference");

        api.post("enquiries/" + belowThreshold + "/consent-decisions", "prac.sam", PASSWORD, NOT_SOUGHT);
        assertTrue(api.get("enquiries/" + belowThreshold, "prac.sam", PASSWORD).json()
                .getBoolean("sharingPermittedWithoutOverride"));

        api.post("enquiries/" + belowThreshold + "/consent-decisions", "prac.sam", PASSWORD,
                "{\"kind\": \"REFUSED\", \"givenBy\": \"Father\", \"statement\": \"No one is to be told\"}");
        assertFalse(api.get("enquiries/" + belowThreshold, "prac.sam", PASSWORD).json()
                .getBoolean("sharingPermittedWithoutOverride"));
    }

    @Test
    @DisplayName("R16 another team's practitioner may not record consent: 403")
    void outsideNeedToKnowCannotRecordConsent() throws Exception {
        assertEquals(403, api.post("enquiries/" + reference + "/consent-decisions", "prac.lee", PASSWORD, NOT_SOUGHT)
                .status());
    }

    private static List<String> fields(Api.Answer answer) {
        return answer.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
    }
}
