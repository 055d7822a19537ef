package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.HubScenario.Consent;
import uk.imap.OverTheApi;

/**
 * Issue 16: reading an enquiry uses the view kept at its last change, and every change to what the enquiry shows,
 * an agency's correction too, is there at the next read, cut for each reader (R13). The integration tests run with
 * every read of a kept view compared with the enquiry read as before, so any change that left a kept view in use
 * would fail there too.
 */
class KeptViewsIT extends OverTheApi {

    @Test
    @DisplayName("R13 an agency's correction shows at the next read; sensitive content only for those who may see it")
    void correctionShowsAtTheNextRead() throws Exception {
        String reference = openEnquiry();
        long request = policeAsked(reference);
        long first = api.post("information-requests/" + request + "/disclosure", "police.ray", PASSWORD,
                        "{\"decision\": \"DECLINE\", \"reasons\": \"Nothing held\", \"caldicott\": "
                                + SharingResourceIT.CALDICOTT + "}")
                .json().getJsonNumber("id").longValue();
        assertEquals(200, api.post("enquiries/" + reference + "/assignments", "mgr.ana", PASSWORD,
                "{\"change\": \"ADD\", \"username\": \"prac.lee\", \"reason\": \"Knows the family\"}").status());
        JsonObject before = enquiry(reference, "prac.sam");
        assertEquals(before, enquiry(reference, "prac.sam"), "read twice, unchanged");
        assertEquals(1, answers(before).size());

        Api.Answer corrected = api.post("information-requests/" + request + "/disclosure", "police.ray", PASSWORD,
                SharingResourceIT.sharePart("NOT_SOUGHT").replaceFirst("\\{", "{\"supersedes\": " + first
                        + ", \"correctionReason\": \"A second record was found under the mother's maiden name\","));
        assertEquals(201, corrected.status(), corrected.raw().body());

        JsonObject owners = enquiry(reference, "prac.sam");
        assertNotEquals(before.getJsonNumber("version"), owners.getJsonNumber("version"));
        assertEquals(2, answers(owners).size());
        JsonObject sensitive = answers(owners).getJsonObject(1).getJsonArray("items").getJsonObject(1);
        assertEquals("Mother disclosed depression to officers", sensitive.getString("content"));
        assertFalse(sensitive.getBoolean("masked"));

        JsonObject assigned = enquiry(reference, "prac.lee");
        JsonObject masked = answers(assigned).getJsonObject(1).getJsonArray("items").getJsonObject(1);
        assertTrue(masked.getBoolean("masked"), masked.toString());
        assertFalse(masked.toString().contains("depression"), masked.toString());

        assertEquals(owners, enquiry(reference, "prac.sam"), "the owner again, from the kept view");
    }

    @Test
    @DisplayName("R15 a worklist's row from the kept view is the row read before any view was kept; it follows changes")
    void worklistRowsFromKeptViews() throws Exception {
        String reference = openEnquiry();
        long request = policeAsked(reference);
        JsonObject read = row(reference);
        assertEquals(1, read.getInt("requestsOutstanding"));

        enquiry(reference, "prac.sam");
        assertEquals(read, row(reference), "from the view the read kept");

        assertEquals(201, api.post("information-requests/" + request + "/disclosure", "police.ray", PASSWORD,
                "{\"decision\": \"DECLINE\", \"reasons\": \"Nothing held\", \"caldicott\": "
                        + SharingResourceIT.CALDICOTT + "}").status());
        JsonObject answered = row(reference);
        assertEquals(0, answered.getInt("requestsOutstanding"), "the answer is there at the next list");
        enquiry(reference, "prac.sam");
        assertEquals(answered, row(reference), "and from the view kept again");
    }

    @Test
    @DisplayName("R6 R29 the home page's tasks from the kept view are the tasks read before, and follow a new decision")
    void tasksFromKeptViews() throws Exception {
        String reference = openEnquiry();
        List<JsonObject> read = tasksOn(reference);
        assertTrue(read.stream().anyMatch(task -> task.getString("kind").equals("CONSENT_TO_REVIEW")), read.toString());

        enquiry(reference, "prac.sam");
        assertEquals(read, tasksOn(reference), "from the view the read kept");

        Api.Answer granted = api.post("enquiries/" + reference + "/consent-decisions", "prac.sam", PASSWORD,
                Consent.GRANTED.json());
        assertEquals(201, granted.status(), granted.raw().body());
        enquiry(reference, "prac.sam");
        assertTrue(tasksOn(reference).stream().noneMatch(task -> task.getString("kind").equals("CONSENT_TO_REVIEW")),
                "consent given: nothing to review");
    }

    @Test
    @DisplayName("R16 need to know judged from the kept view: someone taken off the enquiry is refused, and audited")
    void needToKnowFromTheKeptView() throws Exception {
        String reference = openEnquiry();
        assigned(reference, "ADD");
        enquiry(reference, "prac.sam");
        enquiry(reference, "prac.sam");
        assertEquals(enquiry(reference, "prac.sam").getJsonArray("assignees").toString(), "[\"prac.lee\"]");
        enquiry(reference, "prac.lee");

        assigned(reference, "REMOVE");
        enquiry(reference, "prac.sam");
        enquiry(reference, "prac.sam");
        for (String outside : List.of("prac.lee", "health.kim", "audit.max")) {
            Api.Answer refused = api.get("enquiries/" + reference, outside, PASSWORD);
            assertEquals(403, refused.status(), outside + ": " + refused.raw().body());
            assertFalse(refused.raw().body().contains("Summary") || refused.raw().body().contains("\"subjects\""),
                    refused.raw().body());
        }
        List<JsonObject> denials = api.get("audit/events?record=" + reference + "&action=ACCESS_DENIED", "audit.max",
                PASSWORD).array().getValuesAs(JsonObject.class);
        assertEquals(List.of("audit.max", "health.kim", "prac.lee"), denials.stream()
                .map(denial -> denial.getString("actor")).sorted().toList(), "each refusal audited once");
    }

    private void assigned(String reference, String change) throws Exception {
        Api.Answer changed = api.post("enquiries/" + reference + "/assignments", "mgr.ana", PASSWORD,
                "{\"change\": \"" + change + "\", \"username\": \"prac.lee\", \"reason\": \"Cover\"}");
        assertEquals(200, changed.status(), changed.raw().body());
    }

    private String openEnquiry() throws Exception {
        return HubScenario.on(api).priority("GREEN").consent(Consent.NOT_SOUGHT).open().reference();
    }

    private long policeAsked(String reference) throws Exception {
        Api.Answer sent = api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD,
                SharingResourceIT.request("POLICE", "Police hold call-outs to the address"));
        assertEquals(201, sent.status(), sent.raw().body());
        return sent.json().getJsonNumber("id").longValue();
    }

    private List<JsonObject> tasksOn(String reference) throws Exception {
        Api.Answer tasks = api.get("tasks", "prac.sam", PASSWORD);
        assertEquals(200, tasks.status(), tasks.raw().body());
        return tasks.array().getValuesAs(JsonObject.class).stream()
                .filter(task -> reference.equals(task.getString("reference", null))).toList();
    }

    private JsonObject row(String reference) throws Exception {
        Api.Answer list = api.get("enquiries?owner=prac.sam&size=200", "prac.sam", PASSWORD);
        assertEquals(200, list.status(), list.raw().body());
        return list.json().getJsonArray("enquiries").getValuesAs(JsonObject.class).stream()
                .filter(row -> row.getString("reference").equals(reference)).findFirst().orElseThrow();
    }

    private JsonObject enquiry(String reference, String reader) throws Exception {
        Api.Answer read = api.get("enquiries/" + reference, reader, PASSWORD);
        assertEquals(200, read.status(), read.raw().body());
        return read.json();
    }

    private static JsonArray answers(JsonObject enquiry) {
        return enquiry.getJsonArray("requests").getJsonObject(0).getJsonArray("disclosures");
    }
}
