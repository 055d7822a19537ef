package uk.imap.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/** R33 R26 in a real browser: the retention schedule and the disposal list with its legal holds. */
class RetentionPagesIT extends InTheBrowser {

    @Test
    @DisplayName("R33 R26 an administrator sets the retention schedule on a page; a wrong period is told beside it"
            + " and saves nothing")
    void schedule() throws Exception {
        Api api = new Api(browser.application());
        String before = api.get("admin/retention-schedule", "admin.eve", Deployments.PASSWORD).raw().body();
        browser.signInAt("admin/retention.xhtml", "admin.eve");
        assertEquals(List.of(), browser.accessibilityProblems(), "the retention schedule");
        try {
            browser.type(By.id("retention:periods:1:period"), "seven years");
            browser.submit(By.id("retention:save"));
            assertTrue(browser.pageText().contains("\"seven years\" is not a period"), browser.pageText());
            assertEquals(before, api.get("admin/retention-schedule", "admin.eve", Deployments.PASSWORD).raw().body(),
                    "nothing saved");
            assertEquals(List.of(), browser.accessibilityProblems(), "the page with its problem");

            browser.type(By.id("retention:periods:1:period"), "P7Y");
            browser.submit(By.id("retention:save"));
            assertTrue(browser.pageText().contains("Retention schedule saved"), browser.pageText());
            JsonObject after = api.get("admin/retention-schedule", "admin.eve", Deployments.PASSWORD).json();
            assertEquals("P7Y", after.getString("EARLY_HELP"));
        } finally {
            assertEquals(200, api.put("admin/retention-schedule", "admin.eve", Deployments.PASSWORD, before).status());
        }
    }

    @Test
    @DisplayName("R33 R26 the Caldicott Guardian places a legal hold from the disposal list; a hold needs a reason")
    void holdFromTheList() throws Exception {
        Api api = new Api(browser.application());
        String reference = HubScenario.on(api).open().reference();
        browser.signInAt("disposals.xhtml", "cg.pat");
        assertEquals(List.of(), browser.accessibilityProblems(), "the disposal list");

        browser.type(By.id("hold:reference"), reference);
        browser.submit(By.id("hold:placeHold"));
        assertTrue(browser.pageText().contains("Give the reason for the hold"), browser.pageText());
        assertEquals(404, api.get("enquiries/" + reference + "/legal-hold", "cg.pat", Deployments.PASSWORD).status());

        browser.type(By.id("hold:reference"), reference);
        browser.type(By.id("hold:reason"), "Complaint to the Ombudsman");
        browser.submit(By.id("hold:placeHold"));
        assertTrue(browser.pageText().contains("Legal hold placed on " + reference), browser.pageText());
        JsonObject hold = api.get("enquiries/" + reference + "/legal-hold", "cg.pat", Deployments.PASSWORD).json();
        assertEquals("Complaint to the Ombudsman", hold.getString("reason"));
        assertEquals("cg.pat", hold.getString("placedBy"));

        assertEquals(400, api.post("enquiries/" + reference + "/legal-hold", "mgr.ana", Deployments.PASSWORD,
                "{\"reason\": \"Again\"}").status(), "one hold at a time");
        assertEquals(403, api.post("enquiries/" + reference + "/legal-hold", "prac.sam", Deployments.PASSWORD,
                "{\"reason\": \"Mine\"}").status(), "a practitioner cannot hold");
        assertEquals(204, api.delete("enquiries/" + reference + "/legal-hold", "mgr.ana", Deployments.PASSWORD)
                .status());
        Api.Answer none = api.get("enquiries/" + reference + "/legal-hold", "cg.pat", Deployments.PASSWORD);
        assertEquals(404, none.status());
        assertTrue(none.json().getString("detail").contains("No legal hold is in place on " + reference),
                none.raw().body());
        assertEquals(404, api.delete("enquiries/" + reference + "/legal-hold", "mgr.ana", Deployments.PASSWORD)
                .status(), "nothing to lift");
    }
}
