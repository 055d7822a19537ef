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
        browser.click(By.id("lists:addCategory"));
        assertTrue(browser.pageText().contains("A code is 2 to 64 capital letters"), browser.pageText());

        browser.type(By.id("lists:categoryCode"), code);
        browser.type(By.id("lists:categoryName"), "Online harm");
        browser.click(By.id("lists:addCategory"));
        assertTrue(browser.pageText().contains("Concern category " + code + " added."), browser.pageText());
        assertTrue(browser.pageText().contains(code), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the lists page after a change");
        browser.screenshot("lists");
    }
}
