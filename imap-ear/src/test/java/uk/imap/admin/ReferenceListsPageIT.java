package uk.imap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R20 R26 in a real browser: an administrator keeps the lists; a bad code is refused in words. */
class ReferenceListsPageIT extends InTheBrowser {

    @Test
    @DisplayName("R20 R26 an administrator adds a concern category; a code in lower case is refused and adds nothing")
    void addCategory() {
        String code = "PAGE_CATEGORY_" + System.currentTimeMillis();
        browser.open("admin/lists.xhtml");
        browser.signIn("admin.eve", Deployments.PASSWORD);
        browser.open("admin/lists.xhtml");
        assertTrue(browser.pageText().contains("CHILDREN_ACT_1989_S47"), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the lists page");

        browser.type(By.id("lists:categoryCode"), "lower case");
        browser.type(By.id("lists:categoryName"), "Online harm");
        browser.submit(By.id("lists:addCategory"));
        assertTrue(browser.pageText().contains("A code is 2 to 64 capital letters"), browser.pageText());

        browser.type(By.id("lists:categoryCode"), code);
        browser.type(By.id("lists:categoryName"), "Online harm");
        browser.submit(By.id("lists:addCategory"));
        assertTrue(browser.pageText().contains("Concern category " + code + " added."), browser.pageText());
        assertTrue(browser.pageText().contains(code), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the lists page after a change");
        browser.screenshot("lists");
    }

    @Test
    @DisplayName("R10 R26 an administrator adds an agency with its mailbox; a bad mailbox is refused and adds nothing")
    void addAgency() {
        String code = "PAGE_AGENCY_" + System.currentTimeMillis();
        browser.open("admin/lists.xhtml");
        browser.signIn("admin.eve", Deployments.PASSWORD);
        browser.open("admin/lists.xhtml");

        browser.type(By.id("lists:agencyCode"), code);
        browser.type(By.id("lists:agencyName"), "Youth Justice Service");
        browser.type(By.id("lists:agencyMailbox"), "yjs at council");
        browser.submit(By.id("lists:addAgency"));
        assertTrue(browser.pageText().contains("Give the agency's shared mailbox as an email address"),
                browser.pageText());
        assertTrue(!browser.pageText().contains("Save " + code), "nothing was added");

        browser.type(By.id("lists:agencyMailbox"), "yjs@council.example");
        browser.submit(By.id("lists:addAgency"));
        assertTrue(browser.pageText().contains("Agency " + code + " added."), browser.pageText());
        assertTrue(browser.driver().findElement(By.cssSelector("input[value='Save " + code + "']")).isDisplayed());
        assertEquals(List.of(), browser.accessibilityProblems(), "the lists page with the new agency");
    }
}
