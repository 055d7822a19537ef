package uk.imap.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.HubScenario;
import uk.imap.OverTheApi;

/**
 * What changed for me (R29): each role's tasks over the API, from a hub situation made for the test, within need to
 * know (R16), without names or case content, and each reading audited (R18).
 */
class TasksIT extends OverTheApi {

    @Test
    @DisplayName("R29 the practitioner sees the answer arrived and the consent to review; nobody else's work")
    void practitioner() throws Exception {
        HubScenario.Case made = HubScenario.on(api).child("Quentin", "Marlowe").answered().open();

        List<JsonObject> sams = tasks("prac.sam");
        assertTrue(has(sams, "ANSWER_ARRIVED", made.reference()), sams.toString());
        assertTrue(has(sams, "CONSENT_TO_REVIEW", made.reference()), sams.toString());
        assertFalse(sams.toString().contains("Marlowe"), "no names in tasks: " + sams);
        JsonObject answer = find(sams, "ANSWER_ARRIVED", made.reference());
        assertEquals("enquiry/detail.xhtml?reference=" + made.reference(), answer.getString("link"));

        assertFalse(tasks("prac.lee").toString().contains(made.reference()));
        assertTrue(api.get("audit/events?user=prac.sam&action=TASKS_READ", "audit.max", PASSWORD).array().size() > 0);
    }

    @Test
    @DisplayName("R29 a practitioner added to an enquiry is told so, by whom")
    void handedToMe() throws Exception {
        String reference = HubScenario.on(api).open().reference();
        assertEquals(200, api.post("enquiries/" + reference + "/assignments", "mgr.ana", PASSWORD,
                "{\"change\": \"ADD\", \"username\": \"prac.lee\", \"reason\": \"Knows the family\"}").status());

        JsonObject task = find(tasks("prac.lee"), "HANDED_TO_ME", reference);
        assertTrue(task.getString("summary").contains("mgr.ana"), task.toString());
    }

    @Test
    @DisplayName("R29 the manager is asked for advice and the practitioner told it was given; the override decided is"
            + " told to the practitioner and to the police, each at the moment it was")
    void adviceAndOverrideDecided() throws Exception {
        HubScenario.Case made = HubScenario.on(api).consent(HubScenario.Consent.REFUSED).askingPolice().open();
        String reference = made.reference();
        long advice = api.post("advice-requests", "prac.sam", PASSWORD, """
                {"enquiryReference": "%s", "advisorRole": "MANAGER", "question": "Should we ask the police now?"}"""
                .formatted(reference)).json().getJsonNumber("id").longValue();
        assertTrue(tasks("mgr.ana").stream().anyMatch(t -> t.getString("kind").equals("ADVICE_ASKED")
                && t.getString("summary").equals("A question waits for your advice (number " + advice + ")")),
                "the manager is asked");
        assertEquals(200, api.post("advice-requests/" + advice + "/answer", "mgr.ana", PASSWORD,
                "{\"answer\": \"Yes, today.\"}").status());
        long override = api.post("enquiries/" + reference + "/consent-overrides", "prac.sam", PASSWORD, """
                {"justification": "The child's safety outweighs the refusal", "harmOfSharing": "Trust lost",
                 "harmOfNotSharing": "The child may stay unseen"}""").json().getJsonNumber("id").longValue();
        JsonObject decided = api.post("consent-overrides/" + override + "/approval", "cg.pat", PASSWORD,
                "{\"approved\": true, \"reasons\": \"Risk of significant harm outweighs the refusal\"}").json();

        List<JsonObject> sams = tasks("prac.sam");
        JsonObject given = find(sams, "ADVICE_GIVEN", reference);
        assertEquals("Advice given on your question about " + reference, given.getString("summary"));
        assertSameMoment(api.get("advice-requests/" + advice, "prac.sam", PASSWORD).json().getString("answeredAt"),
                given.getString("at"));
        JsonObject approved = find(sams, "OVERRIDE_DECIDED", reference);
        assertEquals("Your override on " + reference + " is approved", approved.getString("summary"));
        assertSameMoment(decided.getString("decidedAt"), approved.getString("at"));
        assertFalse(has(tasks("prac.lee"), "OVERRIDE_DECIDED", reference), "told to the one who asked for it");
        JsonObject police = find(tasks("police.ray"), "OVERRIDE_APPROVED", reference);
        assertEquals("An override on " + reference + " now lets you share for request " + made.request(),
                police.getString("summary"));
        assertSameMoment(decided.getString("decidedAt"), police.getString("at"));
        assertFalse(tasks("mgr.ana").stream().anyMatch(t -> t.getString("summary").contains("(number " + advice
                + ")")), "an answered question is no longer waiting");
    }

    @Test
    @DisplayName("R29 the manager sees an override waiting for approval; the police responder the request to answer")
    void managerAndAgency() throws Exception {
        HubScenario.Case made = HubScenario.on(api).consent(HubScenario.Consent.REFUSED).askingPolice().open();
        assertEquals(201, api.post("enquiries/" + made.reference() + "/consent-overrides", "prac.sam", PASSWORD, """
                {"justification": "The child's safety outweighs the refusal", "harmOfSharing": "Trust lost",
                 "harmOfNotSharing": "The child may stay unseen"}""").status());

        assertTrue(has(tasks("mgr.ana"), "APPROVAL_WAITING", made.reference()));
        JsonObject request = find(tasks("police.ray"), "REQUEST_DUE", made.reference());
        assertEquals("agency/answer.xhtml?id=" + made.request(), request.getString("link"));
        assertFalse(tasks("health.kim").toString().contains(made.reference()));
    }

    @Test
    @DisplayName("R29 the Caldicott Guardian sees reviews waiting by kind; the auditor the last verification")
    void guardianAndAuditor() throws Exception {
        HubScenario.on(api).open();
        api.get("audit/verification", "audit.max", PASSWORD);

        assertTrue(tasks("cg.pat").stream().anyMatch(t -> t.getString("kind").equals("REVIEWS_WAITING")
                && t.getString("summary").contains("Sharing without seeking consent")), tasks("cg.pat").toString());
        JsonObject verification = tasks("audit.max").stream()
                .filter(t -> t.getString("kind").equals("LAST_VERIFICATION")).findFirst().orElseThrow();
        assertTrue(verification.getString("summary").contains("audit.max today"), verification.toString());
        assertEquals(200, api.get("tasks", "admin.eve", PASSWORD).status());
        assertEquals(401, api.get("tasks", null, null).status());
    }

    // The same moment as the database keeps it: to the microsecond, where the answer to the call had nanoseconds.
    private static void assertSameMoment(String expected, String actual) {
        Duration apart = Duration.between(OffsetDateTime.parse(expected), OffsetDateTime.parse(actual)).abs();
        assertTrue(apart.compareTo(Duration.ofNanos(1000)) <= 0, expected + " and " + actual);
    }

    private List<JsonObject> tasks(String user) throws Exception {
        return api.get("tasks", user, PASSWORD).array().getValuesAs(JsonObject.class);
    }

    private static boolean has(List<JsonObject> tasks, String kind, String reference) {
        return tasks.stream().anyMatch(t -> t.getString("kind").equals(kind)
                && reference.equals(t.getString("reference", null)));
    }

    private static JsonObject find(List<JsonObject> tasks, String kind, String reference) {
        return tasks.stream().filter(t -> t.getString("kind").equals(kind)
                && reference.equals(t.getString("reference", null))).findFirst()
                .orElseThrow(() -> new AssertionError(kind + " for " + reference + " not in " + tasks));
    }
}
