package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;
import uk.imap.pages.IntakePage;

/** Every page of the first slice, checked with axe-core against WCAG 2.1 A and AA in headless Chromium. */
class EnquiryPagesAccessibilityIT extends InTheBrowser {

    @Test
    @DisplayName("R26 the sign-in page and its failure message meet WCAG 2.1 AA")
    void signIn() {
        browser.open("login.xhtml");
        assertEquals(List.of(), browser.accessibilityProblems());

        browser.signIn("sam.typo." + System.nanoTime(), "not-the-password");
        browser.waitForAjax();
        assertEquals(List.of(), browser.accessibilityProblems());
    }

    @Test
    @DisplayName("R26 the worklist, intake form, refused intake, enquiry and account pages meet WCAG 2.1 AA")
    void hubPages() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        assertEquals(List.of(), browser.accessibilityProblems(), "intake form");

        browser.click(By.id("intake:save"));
        assertEquals(List.of(), browser.accessibilityProblems(), "intake form with its messages");

        new IntakePage(browser).fill("Shouting heard nightly", "EARLY_HELP", "GREEN", "Robin", "Jones").save();
        assertEquals(List.of(), browser.accessibilityProblems(), "enquiry detail");
        for (String kind : List.of("GRANTED", "REFUSED", "NOT_SOUGHT", "IMPLIED_BY_SERVICE")) {
            browser.click(By.cssSelector("input[name='consent:kind'][value='" + kind + "']"));
            assertEquals(List.of(), browser.accessibilityProblems(), "consent form for " + kind);
        }
        browser.click(By.id("consent:recordConsent"));
        assertEquals(List.of(), browser.accessibilityProblems(), "consent form with its messages");
        browser.click(By.id("lifecycle:open"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the R1 refusal");

        browser.open("index.xhtml");
        browser.waitForAjax();
        assertEquals(List.of(), browser.accessibilityProblems(), "worklist");

        browser.open("me.xhtml");
        browser.waitForAjax();
        assertEquals(List.of(), browser.accessibilityProblems(), "my account");
    }
}
