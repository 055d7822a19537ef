package uk.imap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R27 with R20: disabling an account ends the sessions it has, not only its next sign-in. */
class DisabledAccountSessionIT extends InTheBrowser {

    static final String PASSWORD = "Session-Ends-2026";

    @Test
    @DisplayName("R27 R20 a person signed in when an administrator disables the account is signed out at the next page")
    void disablingEndsTheSession() throws Exception {
        Api api = new Api(new URL(base, "/imap/"));
        String username = "leaver." + Long.toString(System.nanoTime(), 36);
        assertEquals(201, api.post("admin/users", "admin.eve", Deployments.PASSWORD, """
                {"username": "%s", "password": "%s", "roles": ["PRACTITIONER"],
                 "agency": "CHILDRENS_SOCIAL_CARE", "teams": ["HUB_TEAM_A"]}""".formatted(username, PASSWORD))
                .status());
        browser.open("me.xhtml");
        browser.signIn(username, PASSWORD);
        browser.waitForUrl("me.xhtml");
        assertTrue(browser.pageText().contains("Signed in as " + username), browser.pageText());

        Api.Answer disabled = api.post("admin/users/" + username + "/disable", "admin.eve", Deployments.PASSWORD, "{}");
        assertTrue(disabled.status() < 300, disabled.raw().body());
        browser.open("me.xhtml");

        assertFalse(browser.pageText().contains("Signed in as"), browser.pageText());
        List<JsonObject> ended = api.get("audit/events?user=" + username + "&action=SESSION_EXPIRED", "audit.max",
                Deployments.PASSWORD).array().getValuesAs(JsonObject.class);
        assertEquals(1, ended.size(), ended.toString());
        assertEquals("ended: account disabled", ended.get(0).getString("reason"));
    }
}
