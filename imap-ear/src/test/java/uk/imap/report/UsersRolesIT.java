package uk.imap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.OverTheApi;

/**
 * R20: users × roles comes from the realm the server authenticates against, as it is at that moment: a role granted
 * or taken away through the server's management shows in the next report, with no restart and no copy.
 */
class UsersRolesIT extends OverTheApi {

    @Test
    @DisplayName("R20 users × roles lists the realm's demo users with exactly their roles")
    void demoUsers() throws Exception {
        List<JsonObject> users = users(null);

        assertEquals(List.of("PRACTITIONER"), roles(users, "prac.sam").orElseThrow());
        assertEquals(List.of("CALDICOTT_GUARDIAN"), roles(users, "cg.pat").orElseThrow());
        assertEquals(List.of("ADMINISTRATOR"), roles(users, "admin.eve").orElseThrow());
        JsonObject ana = users.stream().filter(u -> u.getString("username").equals("mgr.ana")).findFirst()
                .orElseThrow();
        assertEquals("CHILDRENS_SOCIAL_CARE", ana.getString("agency"));
        assertEquals(List.of("HUB_TEAM_A"), ana.getJsonArray("teams").getValuesAs(JsonString::getString));
    }

    @Test
    @DisplayName("R20 a role granted and taken away in the realm shows in the very next report")
    void followsTheRealm() throws Exception {
        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", Deployments.MANAGEMENT_PORT)) {
            realm(management, "add-identity", null);
            try {
                realm(management, "add-identity-attribute", "AUDITOR");
                assertEquals(List.of("AUDITOR"), roles(users(null), "temp.tom").orElseThrow());
                assertTrue(users("AUDITOR").stream().anyMatch(u -> u.getString("username").equals("temp.tom")));

                realm(management, "remove-identity-attribute", "AUDITOR");
                assertEquals(List.of(), roles(users(null), "temp.tom").orElseThrow());
                assertFalse(users("AUDITOR").stream().anyMatch(u -> u.getString("username").equals("temp.tom")));
            } finally {
                realm(management, "remove-identity", null);
            }
        }
        assertTrue(roles(users(null), "temp.tom").isEmpty());
    }

    @Test
    @DisplayName("R20 users × roles as CSV and PDF, for auditors and administrators only, each an audit event")
    void exportsAndAccess() throws Exception {
        Api.Answer csv = api.get("reports/users-roles", "admin.eve", PASSWORD, "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.raw().body().contains("User,PRACTITIONER,AGENCY_RESPONDER,MANAGER"), csv.raw().body());
        assertTrue(csv.raw().body().contains("prac.sam,Yes,No,No,No,No,No"), csv.raw().body());
        Api.Answer pdf = api.get("reports/users-roles", "audit.max", PASSWORD, "application/pdf");
        assertEquals(200, pdf.status());
        assertTrue(pdf.raw().body().startsWith("%PDF-"));
        for (String user : List.of("prac.sam", "mgr.ana", "police.ray", "cg.pat")) {
            assertEquals(403, api.get("reports/users-roles", user, PASSWORD).status(), user);
        }
        assertTrue(api.get("audit/events?action=REPORT_GENERATED&record=users-roles&user=admin.eve", "audit.max",
                PASSWORD).array().size() >= 1);
    }

    List<JsonObject> users(String role) throws Exception {
        Api.Answer answer = api.get("reports/users-roles" + (role == null ? "" : "?role=" + role), "audit.max",
                PASSWORD);
        assertEquals(200, answer.status(), answer.raw().body());
        return answer.json().getJsonArray("users").getValuesAs(JsonObject.class);
    }

    static Optional<List<String>> roles(List<JsonObject> users, String username) {
        return users.stream().filter(u -> u.getString("username").equals(username)).findFirst()
                .map(u -> u.getJsonArray("roles").getValuesAs(JsonString::getString));
    }

    static void realm(ModelControllerClient management, String operation, String role) throws Exception {
        ModelNode op = new ModelNode();
        op.get("operation").set(operation);
        op.get("address").add("subsystem", "elytron").add("filesystem-realm", "ImapRealm");
        op.get("identity").set("temp.tom");
        if (role != null) {
            op.get("name").set("Roles");
            op.get("value").add(role);
        }
        ModelNode outcome = management.execute(op);
        assertEquals("success", outcome.get("outcome").asString(), outcome.toString());
    }
}
