package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** A draft is never lost to the idle time-out: the warning before it, and staying signed in (R27). */
class SessionWarningIT extends InTheBrowser {

    @Test
    @DisplayName("R27 after 13 idle minutes a warning offers to stay signed in, which keeps the typed draft")
    void warningKeepsTheDraft() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        browser.type(By.id("intake:summary"), "Typed before a long phone call");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();

        page.executeScript("imapSessionGuard.pretendIdleFor(13.5 * 60 * 1000); imapSessionGuard.check();");

        assertTrue((Boolean) page.executeScript("return document.getElementById('sessionWarning').open;"));
        assertEquals(List.of(), browser.accessibilityProblems(), "R26 the warning");
        browser.screenshot("session-warning");
        long before = (Long) page.executeScript("return imapSessionGuard.lastContact();");
        browser.click(By.id("sessionWarningStay"));

        assertFalse((Boolean) page.executeScript("return document.getElementById('sessionWarning').open;"));
        assertTrue((Long) page.executeScript("return imapSessionGuard.lastContact();") > before);
        assertEquals("Typed before a long phone call", browser.find(By.id("intake:summary")).getAttribute("value"));
    }

    @Test
    @DisplayName("R27 typing counts as work: no warning while a person types")
    void typingKeepsTheSessionAlive() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("imapSessionGuard.pretendIdleFor(13.5 * 60 * 1000);");

        browser.type(By.id("intake:summary"), "Still typing");
        browser.waitForAjax();
        page.executeScript("imapSessionGuard.check();");

        assertFalse((Boolean) page.executeScript("return document.getElementById('sessionWarning').open;"));
    }

    @Test
    @DisplayName("R27 15 minutes before the 12-hour end of a session a warning says when, once, and the draft stays")
    void warningBeforeTheAbsoluteEnd() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        browser.type(By.id("intake:summary"), "Typed late in a long shift");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        long endsAt = Long.parseLong(browser.find(By.id("sessionEnding")).getAttribute("data-ends-at"));
        long hoursLeft = (endsAt - System.currentTimeMillis()) / 3_600_000;
        assertEquals(11, hoursLeft, "a fresh session ends 12 hours after signing in");

        page.executeScript("imapSessionGuard.pretendSessionEndsIn(20 * 60 * 1000); imapSessionGuard.check();");
        assertFalse((Boolean) page.executeScript("return document.getElementById('sessionEnding').open;"),
                "not yet at 20 minutes");
        page.executeScript("imapSessionGuard.pretendSessionEndsIn(14 * 60 * 1000); imapSessionGuard.check();");

        assertTrue((Boolean) page.executeScript("return document.getElementById('sessionEnding').open;"));
        assertTrue(browser.find(By.id("sessionEndingTitle")).getText().matches("You will be signed out at \\d\\d:\\d\\d"));
        assertEquals(List.of(), browser.accessibilityProblems(), "R26 the warning");
        browser.click(By.id("sessionEndingUnderstood"));
        page.executeScript("imapSessionGuard.check();");
        assertFalse((Boolean) page.executeScript("return document.getElementById('sessionEnding').open;"),
                "warned once");
        assertEquals("Typed late in a long shift", browser.find(By.id("intake:summary")).getAttribute("value"));
    }
}
