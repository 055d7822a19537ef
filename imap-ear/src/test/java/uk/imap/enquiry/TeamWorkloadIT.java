package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/** The manager's view (R29): the team's open work per worker, and the worklist narrowed to one owner (R16). */
class TeamWorkloadIT extends InTheBrowser {

    @Test
    @DisplayName("R29 R16 the team's manager sees open work per worker; nobody else does")
    void workloadOverTheApi() throws Exception {
        Api api = new Api(browser.application());
        String reference = HubScenario.on(api).open().reference();

        Api.Answer answer = api.get("teams/HUB_TEAM_A/workload", "mgr.ana", Deployments.PASSWORD);
        assertEquals(200, answer.status(), answer.raw().body());
        JsonObject sam = answer.json().getJsonArray("workers").getValuesAs(JsonObject.class).stream()
                .filter(w -> w.getString("username").equals("prac.sam")).findFirst().orElseThrow();
        assertTrue(sam.getJsonObject("open").getJsonNumber("OPEN").longValue() >= 1, sam.toString());
        assertTrue(sam.containsKey("overdue") && sam.containsKey("oldest"), sam.toString());

        assertEquals(403, api.get("teams/HUB_TEAM_B/workload", "mgr.ana", Deployments.PASSWORD).status());
        assertEquals(403, api.get("teams/HUB_TEAM_A/workload", "prac.sam", Deployments.PASSWORD).status());

        List<JsonObject> owned = api.get("enquiries?owner=prac.sam&size=200", "mgr.ana", Deployments.PASSWORD).json()
                .getJsonArray("enquiries").getValuesAs(JsonObject.class);
        assertTrue(owned.stream().allMatch(e -> e.getString("owner").equals("prac.sam")));
        assertTrue(owned.stream().anyMatch(e -> e.getString("reference").equals(reference)));
        assertEquals(0, api.get("enquiries?owner=nobody.here", "mgr.ana", Deployments.PASSWORD).json()
                .getJsonArray("enquiries").size());
    }

    @Test
    @DisplayName("R29 R26 the manager goes from the team's work to one worker's worklist")
    void fromTeamToWorker() throws Exception {
        HubScenario.on(new Api(browser.application())).open();
        browser.signInAt("team.xhtml", "mgr.ana");

        assertTrue(browser.pageText().contains("Team HUB_TEAM_A"), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the team's work");

        browser.submit(By.linkText("prac.sam"));
        browser.waitForUrl("owner=prac.sam");
        assertEquals("prac.sam", browser.find(By.id("worklistForm:owner")).getAttribute("value"));
        assertTrue(browser.find(By.id("worklistForm:worklist")).getText().contains("prac.sam"));
    }

    @Test
    @DisplayName("R29 R16 R26 the manager hands over by choosing from the team's workers, with a reason")
    void handOverFromTheTeam() throws Exception {
        String reference = HubScenario.on(new Api(browser.application())).open().reference();
        browser.signInAt("enquiry/detail.xhtml?reference=" + reference, "mgr.ana");
        browser.openForm("assignment");

        List<String> offered = browser.driver().findElements(By.cssSelector("datalist#teamWorkers option")).stream()
                .map(option -> option.getAttribute("value")).toList();
        assertTrue(offered.contains("prac.sam"), offered.toString());
        assertEquals(List.of(), browser.accessibilityProblems(), "the enquiry page as the team's manager");

        new Select(browser.find(By.id("assignment:change"))).selectByValue("ADD");
        browser.type(By.id("assignment:username"), "prac.lee");
        browser.type(By.id("assignment:reason"), "Knows the family from the police side");
        browser.click(By.id("assignment:applyAssignment"));

        assertTrue(browser.find(By.id("assignees")).getText().contains("prac.lee"), browser.pageText());
        assertTrue(browser.find(By.id("chronology")).getText().contains("Add a practitioner: prac.lee"),
                browser.pageText());
    }
}
