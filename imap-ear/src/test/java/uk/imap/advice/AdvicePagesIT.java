package uk.imap.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** Advice without identity in headless Chromium (R17, R26). */
class AdvicePagesIT extends InTheBrowser {

    @Test
    @DisplayName("R17 prac.sam asks the Caldicott Guardian; cg.pat sees roles, not names, and the advice shows on the enquiry")
    void adviceWithoutIdentity() throws Exception {
        String reference = new Api(new URL(base, "/imap/")).post("enquiries", "prac.sam", Deployments.PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Neighbours say Tilly Marsh is left alone at 22 Canal Street.",
                 "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": [{"kind": "CHILD", "givenName": "Tilly", "familyName": "Marsh", "address": "22 Canal Street",
                               "relationship": "SUBJECT"}]}""").json().getString("reference");

        browser.open("enquiry/detail.xhtml?reference=" + reference);
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/detail.xhtml");
        browser.openForm("advice");
        new Select(browser.find(By.id("advice:advisorRole"))).selectByValue("CALDICOTT_GUARDIAN");
        browser.type(By.id("advice:question"), "May I tell Tilly's school about the neglect without her mother's consent?");
        browser.click(By.id("advice:askAdvice"));
        assertTrue(browser.find(By.id("adviceList")).getText().contains("Waiting"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the advice section");
        browser.signOut();

        browser.open("advice.xhtml");
        browser.signIn("cg.pat", Deployments.PASSWORD);
        browser.waitForUrl("advice.xhtml");
        WebElement question = browser.driver().findElements(By.cssSelector("#desk section")).stream()
                .filter(s -> s.getText().contains("May I tell Child A's school")).findFirst().orElseThrow();
        assertFalse(question.getText().contains("Tilly") || question.getText().contains("Marsh")
                || question.getText().contains("Canal"), question.getText());
        assertFalse(question.getText().contains(reference), "the reference identifies the record");
        assertEquals(List.of(), browser.accessibilityProblems(), "the advice desk");
        String prefix = question.findElement(By.tagName("textarea")).getAttribute("id").replace(":answer", "");
        browser.type(By.id(prefix + ":answer"), "Yes: the school's duty to safeguard applies; record why.");
        browser.click(By.id(prefix + ":give"));
        assertTrue(browser.pageText().contains("Your advice is recorded"), browser.pageText());
        browser.signOut();

        browser.open("enquiry/detail.xhtml?reference=" + reference);
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/detail.xhtml");
        assertTrue(browser.find(By.id("adviceList")).getText().contains("the school's duty to safeguard applies"));
    }
}
