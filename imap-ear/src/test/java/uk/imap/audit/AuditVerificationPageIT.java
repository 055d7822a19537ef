package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R34 R19 in a real browser: an auditor verifies the audit trail from the page, and the run is audited. */
class AuditVerificationPageIT extends InTheBrowser {

    @Test
    @DisplayName("R34 R19 an auditor verifies the audit trail on the page: progress, then the verdict, both audited")
    void verifyOnThePage() throws Exception {
        browser.signInAt("reports/audit.xhtml", "audit.max");
        long headBefore = new Api(browser.application()).get("audit/verification", "audit.max", Deployments.PASSWORD)
                .json().getJsonNumber("eventsChecked").longValue();

        browser.click(By.id("verify:start"));
        new WebDriverWait(browser.driver(), Duration.ofMinutes(5)).until(d ->
                !d.findElements(By.id("verify:verificationVerdict")).isEmpty());

        String verdict = browser.find(By.id("verify:verificationVerdict")).getText();
        assertTrue(verdict.startsWith("The audit trail is valid: "), verdict);
        Matcher counted = Pattern.compile("Checked ([\\d,]+) of ([\\d,]+) events, [\\d,]+ a second\\. Started by "
                + "audit\\.max at \\d{1,2} \\w{3} \\d{4} \\d\\d:\\d\\d\\.").matcher(
                browser.find(By.id("verificationCount")).getText());
        assertTrue(counted.matches(), browser.find(By.id("verificationCount")).getText());
        assertEquals(counted.group(1), counted.group(2), "every event up to the head when it began");
        assertTrue(Long.parseLong(counted.group(2).replace(",", "")) > headBefore, "the chain grew since: reads count");
        assertEquals("100", browser.find(By.id("verificationProgress")).getAttribute("value"));
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10)).until(d -> d.findElement(By.id("verify:start"))
                .isEnabled());
        String feed = browser.find(By.id("feedState")).getText();
        assertTrue(feed.matches("No SIEM receiver is configured\\. \\d+ events? ha(s|ve) not been forwarded; .*"
                + "|Every event has reached .*|\\d+ events? ha(s|ve) not yet reached .*"), "the feed's lag: " + feed);
        assertEquals(List.of(), browser.accessibilityProblems(), "R26 the verdict");
        browser.screenshot("audit-verification");

        List<String> reasons = new Api(browser.application()).get("audit/events?action=AUDIT_CHAIN_VERIFIED&user="
                        + "audit.max", "audit.max", Deployments.PASSWORD).array().getValuesAs(JsonObject.class)
                .stream().map(e -> e.getString("reason", "")).toList();
        assertTrue(reasons.contains("started on the page"), reasons.toString());
        assertTrue(reasons.contains("valid, on the page"), reasons.toString());
    }

    @Test
    @DisplayName("R34 R16 verifying from the page is for auditors alone")
    void auditorsAlone() throws Exception {
        browser.signInAt("reports/audit.xhtml", "admin.eve");
        assertTrue(browser.driver().findElements(By.id("verify:start")).isEmpty(), "an administrator sees no button");
    }
}
