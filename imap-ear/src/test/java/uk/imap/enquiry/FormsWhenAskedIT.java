package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/**
 * The enquiry page's forms for changes are on the page once asked for (issue 16: a form nobody opened is not built),
 * opened in place without losing what is typed elsewhere, with the keyboard taken to the form (R26).
 */
class FormsWhenAskedIT extends InTheBrowser {

    @Test
    @DisplayName("R26 a form opens in place where asked for, takes the keyboard, and what is typed in another stays")
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

    private boolean absent(String id) {
        return browser.driver().findElements(By.id(id)).isEmpty();
    }

    private String focused() {
        return (String) ((JavascriptExecutor) browser.driver()).executeScript("return document.activeElement.id;");
    }
}
