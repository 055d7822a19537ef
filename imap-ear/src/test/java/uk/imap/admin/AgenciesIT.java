package uk.imap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * R10 R15 R20: administrators add partner agencies with their shared mailboxes, rename and retire them; a new
 * agency can be asked at once, a retired one no longer, and every change is a privileged change on record.
 */
class AgenciesIT extends OverTheApi {

    final String code = "PROBATION_" + System.currentTimeMillis();

    @Test
    @DisplayName("R10 R20 an agency added can be asked at once; retired, it cannot; each change is audited")
    void lifeOfAnAgency() throws Exception {
        Api.Answer added = api.post("admin/agencies", "admin.eve", PASSWORD, """
                {"code": "%s", "displayName": "Probation Service", "sharedMailbox": "hub@probation.example"}"""
                .formatted(code));
        assertEquals(201, added.status(), added.raw().body());
        JsonObject listed = agency();
        assertEquals("Probation Service", listed.getString("displayName"));
        assertEquals("hub@probation.example", listed.getString("sharedMailbox"));
        assertTrue(listed.getBoolean("active"));

        String reference = openAnonymousEnquiry();
        assertEquals(201, ask(reference).status(), "a new agency can be asked at once");

        Api.Answer retired = api.put("admin/agencies/" + code, "admin.eve", PASSWORD, """
                {"displayName": "Probation Service (old)", "active": false}""");
        assertEquals(200, retired.status(), retired.raw().body());
        assertFalse(agency().getBoolean("active"));
        assertEquals("hub@probation.example", agency().getString("sharedMailbox"), "no mailbox given keeps it");
        assertEquals(400, ask(reference).status(), "a retired agency cannot be asked");

        List<String> changes = api.get("reports/privileged-changes", "audit.max", PASSWORD).json()
                .getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> code.equals(c.getString("record", null))).map(c -> c.getString("action")).toList();
        assertEquals(List.of("REFERENCE_ENTRY_CHANGED", "REFERENCE_ENTRY_ADDED"), changes);
    }

    @Test
    @DisplayName("R22 R16 a bad mailbox or a taken code is refused by field and adds nothing; only administrators add")
    void refusals() throws Exception {
        Api.Answer badMailbox = api.post("admin/agencies", "admin.eve", PASSWORD, """
                {"code": "%s", "displayName": "Housing", "sharedMailbox": "not an address"}""".formatted(code));
        assertEquals(400, badMailbox.status());
        assertEquals("sharedMailbox", badMailbox.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertTrue(api.get("admin/agencies", "admin.eve", PASSWORD).array().getValuesAs(JsonObject.class).stream()
                .noneMatch(a -> a.getString("code").equals(code)), "nothing was added");

        Api.Answer taken = api.post("admin/agencies", "admin.eve", PASSWORD, """
                {"code": "HEALTH", "displayName": "Health again", "sharedMailbox": "x@health.example"}""");
        assertEquals(400, taken.status());
        assertEquals("code", taken.json().getJsonArray("errors").getJsonObject(0).getString("field"));

        for (String user : List.of("prac.sam", "mgr.ana", "audit.max", "police.ray")) {
            assertEquals(403, api.post("admin/agencies", user, PASSWORD, """
                    {"code": "%s", "displayName": "Mine", "sharedMailbox": "a@b.example"}""".formatted(code))
                    .status(), user);
        }
    }

    JsonObject agency() throws Exception {
        return api.get("admin/agencies", "admin.eve", PASSWORD).array().getValuesAs(JsonObject.class).stream()
                .filter(a -> a.getString("code").equals(code)).findFirst().orElseThrow();
    }

    Api.Answer ask(String reference) throws Exception {
        return api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD, """
                {"agency": "%s", "purpose": "Decide whether the child is safe",
                 "necessity": "Probation supervise an adult in the household", "legalGateways": ["CHILDREN_ACT_2004_S11"],
                 "categories": ["DOMESTIC_ABUSE_INCIDENTS"], "helpIfProvided": "Shows the risk the adult poses",
                 "hindranceIfWithheld": "The hub may miss the risk"}""".formatted(code));
    }
}
