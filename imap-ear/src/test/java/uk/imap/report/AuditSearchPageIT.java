package uk.imap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.InTheBrowser;

/** R34 R20 in a real browser: the auditor searches the whole audit trail, a page at a time. */
class AuditSearchPageIT extends InTheBrowser {

    @Test
    @DisplayName("R34 R20 an auditor searches the audit trail by record, action and outcome, and pages through all of it")
    void searchTheTrail() throws Exception {
        String reference = HubScenario.on(new Api(browser.application())).askingPolice().answered().open()
                .reference();
        browser.signInAt("reports/audit.xhtml", "audit.max");
        browser.submit(By.id("searchLink"));

        browser.type(By.id("search:record"), reference);
        browser.submit(By.id("search:find"));
        String found = browser.find(By.id("position")).getText();
        assertTrue(found.matches("Page 1 of 1: \\d+ events \\(record " + reference + "\\)\\."), found);
        String rows = browser.find(By.id("search:events")).getText();
        assertTrue(rows.contains("ENQUIRY_CREATED") && rows.contains("prac.sam"), rows);
        assertTrue(rows.contains("DISCLOSURE"), "what belongs to the enquiry, not the enquiry alone: " + rows);
        assertEquals(List.of(), browser.accessibilityProblems(), "R26 the search and what it found");
        browser.screenshot("audit-search");

        new Select(browser.find(By.id("search:action"))).selectByValue("ENQUIRY_CREATED");
        browser.submit(By.id("search:find"));
        assertTrue(browser.find(By.id("position")).getText().startsWith("Page 1 of 1: 1 event "),
                browser.find(By.id("position")).getText());

        browser.type(By.id("search:record"), "");
        new Select(browser.find(By.id("search:action"))).selectByIndex(0);
        new Select(browser.find(By.id("search:outcome"))).selectByValue("DENIED");
        browser.submit(By.id("search:find"));
        assertTrue(browser.find(By.id("search:events")).getText().contains("refused"));
        assertTrue(!browser.find(By.id("search:events")).getText().contains("allowed"), "refusals only");

        new Select(browser.find(By.id("search:outcome"))).selectByIndex(0);
        browser.submit(By.id("search:find"));
        long newestOnFirst = firstPosition();
        browser.submit(By.id("search:next"));
        assertTrue(browser.find(By.id("position")).getText().startsWith("Page 2 of "),
                browser.find(By.id("position")).getText());
        assertEquals(newestOnFirst - 50, firstPosition(), "50 to a page, newest first, none skipped");
        new Select(browser.find(By.id("search:order"))).selectByValue("OLDEST_FIRST");
        browser.submit(By.id("search:find"));
        assertEquals(1, firstPosition(), "oldest first starts at the chain's first event");
    }

    @Test
    @DisplayName("R34 R22 a wrong day is named beside its boxes and the search is kept as typed")
    void wrongDay() {
        browser.signInAt("reports/audit-search.xhtml", "audit.max");
        browser.type(By.id("search:user"), "prac.sam");
        browser.typeDate("search:from", "31", "", "2026");
        browser.submit(By.id("search:find"));
        assertTrue(browser.pageText().contains("The first day must include a month"), browser.pageText());
        assertEquals("prac.sam", browser.find(By.id("search:user")).getAttribute("value"));
        assertEquals(List.of(), browser.accessibilityProblems(), "R26 the refused search");
    }

    @Test
    @DisplayName("R34 R16 the search of the audit trail is for auditors alone")
    void auditorsAlone() {
        browser.signInAt("me.xhtml", "admin.eve");
        browser.open("reports/audit-search.xhtml");
        assertTrue(browser.pageText().contains("Not permitted"), browser.pageText());
    }

    private long firstPosition() {
        WebElement cell = browser.find(By.cssSelector("[id='search:events'] tbody tr td"));
        return Long.parseLong(cell.getText());
    }
}
