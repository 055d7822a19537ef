package uk.imap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R25 R26 in a real browser: the hub performance page for a manager, its period checked, WCAG 2.1 AA. */
class DecisionStatisticsPageIT extends InTheBrowser {

    @Test
    @DisplayName("R25 R26 a manager reads the hub's figures for a period; a period ending before it starts is refused")
    void managerReadsFigures() {
        browser.open("reports/decision-statistics.xhtml");
        browser.signIn("mgr.ana", Deployments.PASSWORD);
        browser.open("reports/decision-statistics.xhtml");

        String page = browser.pageText();
        assertTrue(page.contains("Enquiries opened, by source and outcome"), page);
        assertTrue(page.contains("Requests sent to agencies, by agency and priority"), page);
        assertTrue(page.contains("Median hours from receipt to decision"), page);
        assertTrue(page.contains("audit chain head at position"), page);
        assertEquals(List.of(), browser.accessibilityProblems(), "the hub performance page");
        browser.screenshot("decision-statistics");

        browser.typeDate("period:from", "10", "11", "2026");
        browser.typeDate("period:to", "1", "11", "2026");
        browser.click(By.id("period:show"));

        assertTrue(browser.pageText().contains("The period must end on or after the day it starts."),
                browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the page with its refusal");

        browser.typeDate("period:from", "", "", "");
        browser.click(By.id("period:show"));
        assertTrue(browser.pageText().contains("Give the first day of the period."), browser.pageText());
    }
}
