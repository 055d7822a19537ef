package uk.imap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R20 R26 in a real browser: the auditor's reports page, and what an administrator sees of it. */
class AuditReportsPageIT extends InTheBrowser {

    @Test
    @DisplayName("R20 R26 an auditor filters users by role, reads privileged changes and asks who did what")
    void auditor() {
        browser.open("reports/audit.xhtml");
        browser.signIn("audit.max", Deployments.PASSWORD);
        browser.open("reports/audit.xhtml");

        assertTrue(browser.pageText().contains("prac.sam"), browser.pageText());
        browser.driver().findElement(By.id("users:role")).sendKeys("CALDICOTT_GUARDIAN");
        browser.submit(By.id("users:show"));
        assertTrue(browser.pageText().contains("cg.pat"), browser.pageText());
        assertFalse(browser.pageText().contains("prac.sam"), browser.pageText());

        browser.driver().findElement(By.id("permissions:role")).sendKeys("CALDICOTT_GUARDIAN");
        browser.submit(By.id("permissions:show"));
        assertTrue(browser.pageText().contains("Operations CALDICOTT_GUARDIAN may call"), browser.pageText());
        assertTrue(browser.pageText().contains("Reviews: review"), browser.pageText());
        assertFalse(browser.pageText().contains("Accounts: disable"), "an administrator's operation");

        browser.submit(By.id("changes:show"));
        assertTrue(browser.pageText().contains("Privileged changes, newest first"), browser.pageText());
        browser.typeDate("changes:from", "10", "11", "2026");
        browser.typeDate("changes:to", "1", "11", "2026");
        browser.submit(By.id("changes:show"));
        assertTrue(browser.pageText().contains("The period must end on or after the day it starts."),
                browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the refused period");

        browser.type(By.id("access:user"), "audit.max");
        browser.submit(By.id("access:show"));
        assertTrue(browser.pageText().contains("Access by user audit.max"), browser.pageText());
        assertTrue(browser.pageText().contains("REPORT_GENERATED"), browser.pageText());
        browser.typeDate("access:from", "1", "1", "2020");
        browser.typeDate("access:to", "31", "1", "2020");
        browser.submit(By.id("access:show"));
        assertTrue(browser.pageText().contains("Access by user audit.max"), browser.pageText());
        assertFalse(browser.pageText().contains("REPORT_GENERATED"), "nothing happened in January 2020");
        browser.typeDate("access:from", "31", "", "2020");
        browser.submit(By.id("access:show"));
        assertTrue(browser.pageText().contains("The first day must include a month"), browser.pageText());
        assertEquals("31", browser.find(By.id("access:from")).getAttribute("value"), "what was typed is kept");
        browser.typeDate("access:from", "", "", "");
        browser.typeDate("access:to", "", "", "");
        browser.submit(By.id("access:show"));
        assertEquals(List.of(), browser.accessibilityProblems(), "the audit reports page");
        browser.screenshot("audit-reports");

        browser.type(By.id("access:record"), "IMAP-2026-000001");
        browser.submit(By.id("access:show"));
        assertTrue(browser.pageText().contains("Give either a user name or a record"), browser.pageText());
    }

    @Test
    @DisplayName("R20 an administrator reads users and roles but not who did what")
    void administrator() {
        browser.open("reports/audit.xhtml");
        browser.signIn("admin.eve", Deployments.PASSWORD);
        browser.open("reports/audit.xhtml");

        assertTrue(browser.pageText().contains("Users and roles"), browser.pageText());
        assertFalse(browser.pageText().contains("Access by user or by record"), browser.pageText());
    }
}
