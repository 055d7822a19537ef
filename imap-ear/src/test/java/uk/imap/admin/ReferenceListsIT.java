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
 * R10 R20: administrators keep the legal gateways and concern categories; a gateway added can be cited at once and
 * a retired one no longer can; each change is audited and shows as a privileged change.
 */
class ReferenceListsIT extends OverTheApi {

    final String code = "TEST_ACT_" + System.currentTimeMillis();

    @Test
    @DisplayName("R10 R20 a legal gateway added can be cited at once; retired, it is refused; both are audited")
    void legalGateway() throws Exception {
        Api.Answer added = api.post("admin/legal-gateways", "admin.eve", PASSWORD,
                "{\"code\": \"" + code + "\", \"displayName\": \"Test Act 2026 s1\"}");
        assertEquals(201, added.status(), added.raw().body());
        assertTrue(added.json().getBoolean("active"));
        String reference = openAnonymousEnquiry();
        assertEquals(201, ask(reference).status());

        Api.Answer retired = api.put("admin/legal-gateways/" + code, "admin.eve", PASSWORD,
                "{\"displayName\": \"Test Act 2026 s1\", \"active\": false}");
        assertEquals(200, retired.status(), retired.raw().body());
        Api.Answer refused = ask(reference);
        assertEquals(400, refused.status());
        assertTrue(refused.raw().body().contains("Choose legal gateways from the list"), refused.raw().body());

        List<String> changes = api.get("reports/privileged-changes", "audit.max", PASSWORD).json()
                .getJsonArray("changes").getValuesAs(JsonObject.class).stream()
                .filter(c -> code.equals(c.getString("record", null))).map(c -> c.getString("action")).toList();
        assertEquals(List.of("REFERENCE_ENTRY_CHANGED", "REFERENCE_ENTRY_ADDED"), changes);
    }

    @Test
    @DisplayName("R22 R16 a bad or repeated code and a blank name are refused and change nothing; administrators only")
    void refusals() throws Exception {
        assertEquals(400, api.post("admin/legal-gateways", "admin.eve", PASSWORD,
                "{\"code\": \"lower case\", \"displayName\": \"Bad\"}").status());
        assertEquals(400, api.post("admin/legal-gateways", "admin.eve", PASSWORD,
                "{\"code\": \"" + code + "\", \"displayName\": \" \"}").status());
        assertFalse(api.get("admin/legal-gateways", "admin.eve", PASSWORD).raw().body().contains(code));
        assertEquals(400, api.post("admin/legal-gateways", "admin.eve", PASSWORD,
                "{\"code\": \"CHILDREN_ACT_1989_S47\", \"displayName\": \"Again\"}").status());
        assertEquals(400, api.put("admin/concern-categories/NO_SUCH_CODE", "admin.eve", PASSWORD,
                "{\"displayName\": \"Nothing\"}").status());
        for (String user : List.of("prac.sam", "mgr.ana", "audit.max")) {
            assertEquals(403, api.get("admin/legal-gateways", user, PASSWORD).status(), user);
            assertEquals(403, api.post("admin/concern-categories", user, PASSWORD,
                    "{\"code\": \"" + code + "\", \"displayName\": \"Mine\"}").status(), user);
        }
    }

    @Test
    @DisplayName("R20 a concern category added is listed, last, and active")
    void concernCategory() throws Exception {
        assertEquals(201, api.post("admin/concern-categories", "admin.eve", PASSWORD,
                "{\"code\": \"" + code + "\", \"displayName\": \"Online harm\"}").status());

        List<JsonObject> all = api.get("admin/concern-categories", "admin.eve", PASSWORD).array()
                .getValuesAs(JsonObject.class);
        JsonObject last = all.get(all.size() - 1);
        assertEquals(code, last.getString("code"));
        assertEquals("Online harm", last.getString("displayName"));
        assertTrue(last.getBoolean("active"));
    }

    Api.Answer ask(String reference) throws Exception {
        return api.post("enquiries/" + reference + "/information-requests", "prac.sam", PASSWORD, """
                {"agency": "HEALTH", "purpose": "Decide whether the child is safe",
                 "necessity": "Health hold the school nurse's notes", "legalGateways": ["%s"],
                 "categories": ["DOMESTIC_ABUSE_INCIDENTS"], "helpIfProvided": "Shows recent concerns",
                 "hindranceIfWithheld": "The hub may miss a pattern"}""".formatted(code));
    }
}
