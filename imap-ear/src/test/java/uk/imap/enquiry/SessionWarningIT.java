package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;
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
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d ->
                (Long) page.executeScript("return imapSessionGuard.lastContact();") > before);
        assertFalse(open("workKept"), "the server still had the session");
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

    @Test
    @DisplayName("R27 saving after the idle time-out sends nothing, keeps the typing in the browser and puts it back after signing in")
    void typedWorkOutlivesTheTimeOut() {
        browser.signInAt("enquiry/new.xhtml", "prac.sam");
        browser.type(By.id("intake:summary"), "Typed before a very long phone call");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        // The browser slept through the time-out: its timers did not run, and the server has let the session go.
        page.executeScript("imapSessionGuard.pretendIdleFor(16.5 * 60 * 1000);");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        browser.find(By.id("intake:save")).click();

        waitUntilOpen("workKept");
        assertEquals("Your session has ended", browser.find(By.id("workKeptTitle")).getText());
        assertEquals(List.of(), browser.accessibilityProblems(), "R26 the dialog");
        browser.screenshot("session-ended");
        signInAgain("prac.sam");
        assertEquals("Typed before a very long phone call",
                browser.find(By.id("intake:summary")).getAttribute("value"));
        assertTrue(browser.find(By.id("keptWork")).getText().contains("has been put back"));
        assertEquals(List.of(), browser.accessibilityProblems(), "R26 the page with the work put back");

        browser.open("enquiry/new.xhtml");
        assertEquals("", browser.find(By.id("intake:summary")).getAttribute("value"), "put back once");
    }

    @Test
    @DisplayName("R27 a session lost on the server is found before an ajax save is lost, and the work goes to no one else")
    void sessionLostOnTheServer() {
        browser.signInAt("enquiry/new.xhtml", "prac.sam");
        browser.type(By.id("intake:summary"), "Typed when the session was ended elsewhere");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        browser.find(By.id("intake:save")).click();

        waitUntilOpen("workKept");
        signInAgain("prac.lee");
        assertEquals("", browser.find(By.id("intake:summary")).getAttribute("value"),
                "another person signing in on the same browser is not given it");
        assertTrue(browser.driver().findElements(By.id("keptWork")).isEmpty());
    }

    @Test
    @DisplayName("R27 staying signed in after the server has ended the session says so and keeps the work")
    void stayingSignedInTooLate() {
        browser.signInAt("enquiry/new.xhtml", "prac.sam");
        browser.type(By.id("intake:summary"), "Typed before lunch");
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("imapSessionGuard.pretendIdleFor(13.5 * 60 * 1000); imapSessionGuard.check();");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        browser.find(By.id("sessionWarningStay")).click();

        waitUntilOpen("workKept");
        assertFalse(open("sessionWarning"));
        signInAgain("prac.sam");
        assertEquals("Typed before lunch", browser.find(By.id("intake:summary")).getAttribute("value"));
    }

    @Test
    @DisplayName("R27 a whole-page form is not sent into an ended session: the work is kept and put back")
    void wholePageFormKept() {
        browser.signInAt("admin/due-times.xhtml", "admin.eve");
        browser.type(By.id("dueTimes:holidayName"), "Coronation of the monarch");
        browser.driver().manage().deleteCookieNamed("JSESSIONID");

        browser.find(By.id("dueTimes:addHoliday")).click();

        waitUntilOpen("workKept");
        assertTrue(browser.currentUrl().contains("admin/due-times.xhtml"), "nothing was sent");
        signInAgain("admin.eve");
        assertEquals("Coronation of the monarch", browser.find(By.id("dueTimes:holidayName")).getAttribute("value"));
    }

    @Test
    @DisplayName("R27 the way back after signing in again leads only to a page of IMAP")
    void signInAgainGoesOnlyToIMAP() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (String to : List.of("https://elsewhere.example/", "//elsewhere.example/x.xhtml", "/../x",
                "/index.xhtml%0d%0aSet-Cookie:x=y", "")) {
            HttpResponse<Void> answer = client.send(HttpRequest.newBuilder(new URL(base, "/imap/sign-in-again?to="
                    + URLEncoder.encode(to, StandardCharsets.UTF_8)).toURI()).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            assertEquals(302, answer.statusCode(), to);
            assertTrue(answer.headers().firstValue("Location").orElseThrow().endsWith("/imap/index.xhtml"), to);
        }
        HttpResponse<Void> back = client.send(HttpRequest.newBuilder(new URL(base,
                "/imap/sign-in-again?to=%2Fenquiry%2Fdetail.xhtml%3Freference%3DIMAP-2026-000001").toURI()).GET()
                .build(), HttpResponse.BodyHandlers.discarding());
        assertTrue(back.headers().firstValue("Location").orElseThrow()
                .endsWith("/imap/enquiry/detail.xhtml?reference=IMAP-2026-000001"));
    }

    private void signInAgain(String username) {
        String page = browser.currentUrl().replaceAll(".*/imap/", "").replaceAll("\\?.*", "");
        browser.find(By.id("workKeptAgain")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> !d.findElements(By.id("username"))
                .isEmpty());
        browser.signIn(username, Deployments.PASSWORD);
        browser.waitForUrl(page);
    }

    private void waitUntilOpen(String dialog) {
        new WebDriverWait(browser.driver(), Duration.ofSeconds(30)).until(d -> open(dialog));
    }

    private boolean open(String dialog) {
        return (Boolean) ((JavascriptExecutor) browser.driver()).executeScript(
                "return document.getElementById(arguments[0]).open;", dialog);
    }
}
