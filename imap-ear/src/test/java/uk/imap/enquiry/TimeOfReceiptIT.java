package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/** R30 over the API: every enquiry has its time of receipt, and the hub decision is due from it by priority. */
class TimeOfReceiptIT extends OverTheApi {

    static String enquiry(String priority, String receipt) {
        return """
                {"source": "ANONYMOUS", "summary": "Seen alone at night", "threshold": "EARLY_HELP",
                 "priority": "%s", %s "subjects": [{"kind": "CHILD", "givenName": "Tam", "familyName": "Reid",
                 "relationship": "SUBJECT"}]}""".formatted(priority, receipt);
    }

    Api.Answer draft(String priority, String receipt) throws Exception {
        return api.post("enquiries", "prac.sam", PASSWORD, enquiry(priority, receipt));
    }

    static OffsetDateTime at(JsonObject enquiry, String field) {
        return OffsetDateTime.parse(enquiry.getString(field));
    }

    @Test
    @DisplayName("R30 a draft is received now by default and carries its decision due; a Red one is due sooner than an Amber one")
    void receivedNowByDefault() throws Exception {
        OffsetDateTime before = OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS);
        JsonObject red = draft("RED", "").json();
        JsonObject amber = draft("AMBER", "").json();

        assertEquals("DRAFT", red.getString("status"));
        assertFalse(at(red, "receivedAt").isBefore(before), red.toString());
        assertEquals(JsonValue.NULL, red.getOrDefault("receivedAtReason", JsonValue.NULL));
        assertTrue(at(red, "decisionDueAt").isBefore(at(amber, "decisionDueAt")), red + " " + amber);
        assertFalse(red.getBoolean("overdue"));
    }

    @Test
    @DisplayName("R30 R22 a time of receipt in the future, or earlier without a reason, is refused by field and nothing is drafted")
    void refusedReceipts() throws Exception {
        long before = api.get("enquiries?status=DRAFT&size=1", "prac.sam", PASSWORD).json().getJsonNumber("total")
                .longValue();
        Api.Answer future = draft("AMBER", "\"receivedAt\": \"" + OffsetDateTime.now().plusHours(2) + "\",");
        assertEquals(400, future.status(), future.raw().body());
        assertTrue(future.raw().body().contains("receivedAt"), future.raw().body());
        assertTrue(future.raw().body().contains("cannot be in the future"), future.raw().body());

        Api.Answer unexplained = draft("AMBER", "\"receivedAt\": \"" + OffsetDateTime.now().minusDays(2) + "\",");
        assertEquals(400, unexplained.status(), unexplained.raw().body());
        assertTrue(unexplained.raw().body().contains("receivedAtReason"), unexplained.raw().body());

        Api.Answer garbled = draft("AMBER", "\"receivedAt\": \"yesterday\",");
        assertEquals(400, garbled.status(), garbled.raw().body());
        assertTrue(garbled.raw().body().contains("receivedAt"), garbled.raw().body());

        assertEquals(before, api.get("enquiries?status=DRAFT&size=1", "prac.sam", PASSWORD).json()
                .getJsonNumber("total").longValue(), "nothing drafted");
    }

    @Test
    @DisplayName("R30 R15 received days ago with a reason: the clock started then, the draft is overdue on the worklist")
    void earlierWithReason() throws Exception {
        OffsetDateTime received = OffsetDateTime.now().minusDays(6).truncatedTo(ChronoUnit.MINUTES);
        JsonObject late = draft("GREEN", "\"receivedAt\": \"" + received + "\", \"receivedAtReason\":"
                + " \"Posted to the wrong office\",").json();
        String reference = late.getString("reference");

        assertEquals(received.toInstant(), at(late, "receivedAt").toInstant());
        assertEquals("Posted to the wrong office", late.getString("receivedAtReason"));
        assertTrue(Duration.between(received, at(late, "decisionDueAt")).toHours() <= 24 * 4, late.toString());
        assertTrue(late.getBoolean("overdue"), late.toString());

        JsonObject overdue = api.get("enquiries?status=DRAFT&overdue=true&size=50", "prac.sam", PASSWORD).json();
        assertTrue(overdue.getJsonArray("enquiries").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("reference").equals(reference) && e.getBoolean("overdue")), overdue.toString());
    }

    @Test
    @DisplayName("R30 administrators set the hub's hours by priority; a correction to Red moves the decision due; changes are audited")
    void hoursAndCorrections() throws Exception {
        JsonObject before = api.get("admin/decision-times", "admin.eve", PASSWORD).json();
        assertEquals(403, api.put("admin/decision-times", "prac.sam", PASSWORD, before.toString()).status());
        Api.Answer bad = api.put("admin/decision-times", "admin.eve", PASSWORD, "{\"RED\": 0, \"AMBER\": null}");
        assertEquals(400, bad.status(), bad.raw().body());
        assertTrue(bad.raw().body().contains("Give the hours for the hub's decision on red"), bad.raw().body());
        assertEquals(before, api.get("admin/decision-times", "admin.eve", PASSWORD).json());
        try {
            assertEquals(200, api.put("admin/decision-times", "admin.eve", PASSWORD,
                    "{\"RED\": 2, \"AMBER\": 24, \"GREEN\": 24}").status());
            JsonObject amber = draft("AMBER", "").json();
            String reference = amber.getString("reference");
            // The time of receipt left out of a correction keeps the one recorded.
            JsonObject red = api.put("enquiries/" + reference, "prac.sam", PASSWORD,
                    enquiry("RED", "\"version\": " + amber.getJsonNumber("version") + ",")).json();
            assertEquals("RED", red.getString("priority"), red.toString());
            assertEquals(at(amber, "receivedAt").toInstant(), at(red, "receivedAt").toInstant(), "receipt kept");
            assertTrue(at(red, "decisionDueAt").isBefore(at(amber, "decisionDueAt")), red + " " + amber);
            assertTrue(Duration.between(at(red, "receivedAt"), at(red, "decisionDueAt")).toHours() <= 2 + 24 * 4,
                    red.toString());
        } finally {
            assertEquals(200, api.put("admin/decision-times", "admin.eve", PASSWORD, before.toString()).status());
        }
        assertTrue(api.get("audit/events?action=DECISION_TIMES_CHANGED", "audit.max", PASSWORD).raw().body()
                .contains("DECISION_TIMES_CHANGED"), "the change is in the audit trail");
    }
}
