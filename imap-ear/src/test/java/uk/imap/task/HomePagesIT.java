package uk.imap.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/** Each role lands on its own tasks (R29), keyboard-usable and WCAG 2.1 AA (R26). */
class HomePagesIT extends InTheBrowser {

    /** What changed that the home page lists before "Show all" (MyTasks in the web module). */
    static final int NEWEST_LISTED = 20;

    @Test
    @DisplayName("R29 R26 the practitioner's home page shows the answer arrived, linking to the enquiry")
    void practitioner() throws Exception {
        String reference = HubScenario.on(new Api(browser.application())).answered().open().reference();
        browser.signInAt("index.xhtml", "prac.sam");

        String tasks = browser.find(By.id("taskList")).getText();
        assertTrue(tasks.contains("POLICE answered on " + reference), tasks);
        assertTrue(browser.find(By.id("homeLink")).getText().matches("Home: \\d+ tasks? and worklist"),
                browser.find(By.id("homeLink")).getText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the practitioner's home page");

        browser.submit(By.linkText("POLICE answered on " + reference));
        browser.waitForUrl("enquiry/detail.xhtml");
    }

    @Test
    @DisplayName("R29 R26 after a long run of changes the home page lists the newest and offers all of them")
    void longRunOfChanges() throws Exception {
        Api api = new Api(browser.application());
        for (int i = 0; i <= NEWEST_LISTED; i++) {
            HubScenario.on(api).answered().open();
        }
        String newest = HubScenario.on(api).answered().open().reference();
        browser.signInAt("index.xhtml", "prac.sam");

        String heading = browser.find(By.id("tasksHeading")).getText();
        int all = Integer.parseInt(heading.replaceAll("\\D", ""));
        int listed = browser.driver().findElements(By.cssSelector("#taskList tbody tr")).size();
        assertTrue(listed < all, listed + " of " + heading);
        assertTrue(browser.find(By.id("taskList")).getText().contains("POLICE answered on " + newest));
        assertTrue(browser.find(By.id("allTasks")).getText().startsWith("Show all " + all + " tasks"),
                browser.find(By.id("allTasks")).getText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the home page with more to show");

        browser.submit(By.id("allTasks"));
        assertEquals(all, browser.driver().findElements(By.cssSelector("#taskList tbody tr")).size());
        assertTrue(browser.driver().findElements(By.id("allTasks")).isEmpty(), "nothing is left out any more");
    }

    @Test
    @DisplayName("R29 R26 every other role lands on tasks of its own, not on an empty worklist")
    void otherRoles() throws Exception {
        HubScenario.Case made = HubScenario.on(new Api(browser.application())).askingPolice().open();
        browser.signInAt("index.xhtml", "police.ray");

        assertTrue(browser.find(By.id("taskList")).getText().contains("Request " + made.request() + " on "
                + made.reference()), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the responder's home page");
        browser.signOut();

        browser.signInAt("index.xhtml", "audit.max");
        assertTrue(browser.find(By.id("tasks")).getText().contains("Audit trail verification"), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the auditor's home page");
        browser.signOut();

        for (String user : List.of("mgr.ana", "cg.pat", "admin.eve")) {
            browser.signInAt("index.xhtml", user);
            assertTrue(browser.find(By.id("tasksHeading")).getText().startsWith("What changed for you"),
                    browser.pageText());
            assertEquals(List.of(), browser.accessibilityProblems(), user + "'s home page");
            browser.signOut();
        }
    }
}
