package uk.imap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * R20 R18: administrators manage accounts in the realm the server signs people in against; each change works at
 * once, is an audit event, and shows in the privileged-change report, a role granted to oneself flagged.
 */
class UserAdministrationIT extends OverTheApi {

    static final String FIRST_PASSWORD = "Winter-Harbour-42";
    static final String SECOND_PASSWORD = "Summer-Meadow-77";

    final String nia = "nia." + System.currentTimeMillis();

    @Test
    @DisplayName("R20 an account made, changed, given a new password and disabled works at once, each change audited")
    void lifeOfAnAccount() throws Exception {
        Api.Answer created = api.post("admin/users", "admin.eve", PASSWORD, """
                {"username": "%s", "password": "%s", "roles": ["PRACTITIONER"],
                 "agency": "CHILDRENS_SOCIAL_CARE", "teams": ["HUB_TEAM_A"]}""".formatted(nia, FIRST_PASSWORD));
        assertEquals(201, created.status(), created.raw().body());
        assertEquals(List.of("PRACTITIONER"), roles(api.get("me", nia, FIRST_PASSWORD)));

        Api.Answer changed = api.put("admin/users/" + nia, "admin.eve", PASSWORD, """
                {"roles": ["MANAGER"], "agency": "CHILDRENS_SOCIAL_CARE", "teams": ["HUB_TEAM_A"]}""");
        assertEquals(200, changed.status(), changed.raw().body());
        assertEquals(List.of("MANAGER"), roles(api.get("me", nia, FIRST_PASSWORD)));

        assertEquals(204, api.post("admin/users/" + nia + "/password", "admin.eve", PASSWORD,
                "{\"password\": \"" + SECOND_PASSWORD + "\"}").status());
        assertEquals(401, api.get("me", nia, FIRST_PASSWORD).status());
        assertEquals(200, api.get("me", nia, SECOND_PASSWORD).status());

        assertEquals(204, api.post("admin/users/" + nia + "/disable", "admin.eve", PASSWORD, "{}").status());
        assertEquals(401, api.get("me", nia, SECOND_PASSWORD).status());
        JsonObject listed = api.get("admin/users", "admin.eve", PASSWORD).array().getValuesAs(JsonObject.class)
                .stream().filter(u -> u.getString("username").equals(nia)).findFirst().orElseThrow();
        assertTrue(listed.getBoolean("disabled"));

        List<String> changes = privilegedChanges().stream().filter(c -> nia.equals(c.getString("record", null)))
                .map(c -> c.getString("action") + (c.containsKey("detail") ? " " + c.getString("detail") : ""))
                .toList();
        assertEquals(List.of("ACCOUNT_DISABLED", "PASSWORD_RESET", "ROLE_REMOVED PRACTITIONER",
                "ROLE_GRANTED MANAGER", "ROLE_GRANTED PRACTITIONER", "ACCOUNT_CREATED"), changes);
    }

    @Test
    @DisplayName("R20 an administrator granting itself a role is flagged as a self-grant")
    void selfGrant() throws Exception {
        try {
            Api.Answer granted = api.put("admin/users/admin.eve", "admin.eve", PASSWORD, """
                    {"roles": ["ADMINISTRATOR", "MANAGER"], "agency": "IT", "teams": []}""");
            assertEquals(200, granted.status(), granted.raw().body());

            JsonObject change = privilegedChanges().stream()
                    .filter(c -> "admin.eve".equals(c.getString("record", null))
                            && c.getString("action").equals("ROLE_GRANTED")).findFirst().orElseThrow();
            assertEquals("MANAGER", change.getString("detail"));
            assertEquals("SELF-GRANT", change.getString("flag"));
            assertEquals("admin.eve", change.getString("actor"));
        } finally {
            assertEquals(200, api.put("admin/users/admin.eve", "admin.eve", PASSWORD, """
                    {"roles": ["ADMINISTRATOR"], "agency": "IT", "teams": []}""").status());
        }
        assertEquals(List.of("ADMINISTRATOR"), roles(api.get("me", "admin.eve", PASSWORD)));
    }

    @Test
    @DisplayName("R22 R16 bad input is refused beside its field and changes nothing; only administrators manage accounts")
    void refusals() throws Exception {
        Api.Answer weak = api.post("admin/users", "admin.eve", PASSWORD, """
                {"username": "%s", "password": "short", "roles": ["PRACTITIONER"]}""".formatted(nia));
        assertEquals(400, weak.status());
        assertTrue(weak.raw().body().contains("password"), weak.raw().body());
        Api.Answer unknownRole = api.post("admin/users", "admin.eve", PASSWORD, """
                {"username": "%s", "password": "%s", "roles": ["SUPERUSER"]}""".formatted(nia, FIRST_PASSWORD));
        assertEquals(400, unknownRole.status());
        assertFalse(api.get("admin/users", "admin.eve", PASSWORD).raw().body().contains(nia));
        assertEquals(400, api.post("admin/users", "admin.eve", PASSWORD, """
                {"username": "prac.sam", "password": "%s", "roles": []}""".formatted(FIRST_PASSWORD)).status());
        assertEquals(404, api.post("admin/users/nobody.here/disable", "admin.eve", PASSWORD, "{}").status());
        for (String user : List.of("prac.sam", "mgr.ana", "audit.max", "cg.pat")) {
            assertEquals(403, api.get("admin/users", user, PASSWORD).status(), user);
        }
        assertEquals(403, api.get("reports/privileged-changes", "admin.eve", PASSWORD).status());
    }

    List<JsonObject> privilegedChanges() throws Exception {
        Api.Answer answer = api.get("reports/privileged-changes", "audit.max", PASSWORD);
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.json().getJsonArray("changes").getValuesAs(JsonObject.class);
    }

    static List<String> roles(Api.Answer me) {
        assertEquals(200, me.status(), me.raw().body());
        return me.json().getJsonArray("roles").getValuesAs(JsonString::getString);
    }
}
