package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/**
 * The enquiry page's forms for changes are on the page once asked for (issue 16: a form nobody opened is not built),
 * opened in place without losing what is typed elsewhere, with the keyboard taken to the form (R26), and opened again
 * to take back what was typed in it when a session ended (R27).
 */
class FormsWhenAskedIT extends InTheBrowser {

    @Test
    @DisplayName("R26 R27 a form opens in place, takes the keyboard; what is typed in another stays, after a save too")
    void opensInPlace() throws Exception {
        String reference = HubScenario.on(new Api(browser.application())).open().reference();
        browser.signInAt("enquiry/detail.xhtml?reference=" + reference, "prac.sam");
        assertTrue(absent("notes") && absent("advice") && absent("ask"), "no form is built before it is asked for");
        assertEquals(List.of(), browser.accessibilityProblems(), "the page with its forms closed");

        browser.openForm("advice");
        assertEquals("advice:advisorRole", focused(), "the keyboard is in the form opened");
        browser.type(By.id("advice:question"), "Typed before opening another form");

        browser.openForm("notes");
        assertTrue(focused().startsWith("notes:"), focused());
        assertEquals("Typed before opening another form",
                browser.find(By.id("advice:question")).getAttribute("value"), "typed work stays");
        assertTrue(absent("adviceOpener:open") && absent("notesOpener:open"), "an open form's button is gone");
        assertEquals(List.of(), browser.accessibilityProblems(), "the page with two forms open");

        browser.type(By.id("notes:text"), "Written in a form opened in place");
        browser.click(By.id("notes:writeNote"));
        assertTrue(browser.find(By.id("noteList")).getText().contains("Written in a form opened in place"));
        assertEquals("", browser.find(By.id("notes:text")).getAttribute("value"), "the saved note's form is empty");
        assertEquals("Typed before opening another form",
                browser.find(By.id("advice:question")).getAttribute("value"), "still there after a save elsewhere");
    }

    @Test
    @DisplayName("R1 a draft without a consent decision shows the consent form open")
    void consentOpenOnADraft() throws Exception {
        String reference = new Api(browser.application()).post("enquiries", "prac.sam", Deployments.PASSWORD, """
                {"source": "ANONYMOUS", "summary": "A draft with no decision yet", "threshold": "EARLY_HELP",
                 "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Ada", "familyName": "Reed",
                 "relationship": "SUBJECT"}]}""").json().getString("reference");
        browser.signInAt("enquiry/detail.xhtml?reference=" + reference, "prac.sam");
        assertTrue(!absent("consent") && absent("consentOpener:open"), "the form the draft needs first is open");
        assertTrue(absent("notes"), "the others wait to be asked for");
    }

    @Test
    @DisplayName("R27 work typed in an opened form when the session ended is put back into it after signing in again")
    void keptWorkOpensItsForm() throws Exception {
        String reference = HubScenario.on(new Api(browser.application())).open().reference();
        browser.signInAt("enquiry/detail.xhtml?reference=" + reference, "prac.sam");
        browser.openForm("notes");
        browser.type(By.id("notes:text"), "Typed before the session ended");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        // The browser slept through the time-out: its timers did not run, and the server has let the session go.
        page.executeScript("imapSessionGuard.pretendIdleFor(16.5 * 60 * 1000);");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        browser.find(By.id("notes:writeNote")).click();

        WebDriverWait wait = new WebDriverWait(browser.driver(), Duration.ofSeconds(30));
        wait.until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(
                "var kept = document.getElementById('workKept'); return !!kept && kept.open;"));
        browser.find(By.id("workKeptAgain")).click();
        wait.until(d -> !d.findElements(By.id("username")).isEmpty());
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("reference=" + reference);
        wait.until(d -> !d.findElements(By.id("keptWork")).isEmpty());
        browser.waitForAjax();
        assertEquals("Typed before the session ended", browser.find(By.id("notes:text")).getAttribute("value"));
        String told = browser.find(By.id("keptWork")).getText();
        assertTrue(told.contains("has been put back") && !told.contains("could not be put back"), told);
        assertEquals(List.of(), browser.accessibilityProblems(), "the page with the work put back");
    }

    private boolean absent(String id) {
        return browser.driver().findElements(By.id(id)).isEmpty();
    }

    private String focused() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }
}
