package uk.imap.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R20 R26 in a real browser: an administrator creates an account on the accounts page, keyboard-labelled. */
class AccountsPageIT extends InTheBrowser {

    @Test
    @DisplayName("R20 R26 an administrator creates an account; a short password is refused beside its field")
    void createAccount() {
        String username = "page." + System.currentTimeMillis();
        browser.open("admin/users.xhtml");
        browser.signIn("admin.eve", Deployments.PASSWORD);
        browser.open("admin/users.xhtml");
        assertTrue(browser.pageText().contains("prac.sam"), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the accounts page");

        browser.type(By.id("account:username"), username);
        browser.type(By.id("account:password"), "too-short");
        browser.driver().findElement(By.cssSelector("input[value='AUDITOR']")).click();
        browser.type(By.id("account:agency"), "INFORMATION_GOVERNANCE");
        browser.submit(By.id("account:create"));
        assertTrue(browser.pageText().contains("A password has at least 12 characters."), browser.pageText());

        browser.type(By.id("account:password"), "Harbour-Lights-31");
        browser.submit(By.id("account:create"));
        assertTrue(browser.pageText().contains("Account " + username + " created"), browser.pageText());
        assertTrue(browser.pageText().contains("Edit " + username), browser.pageText());
        assertEquals(List.of(), browser.accessibilityProblems(), "the accounts page after a change");
        browser.screenshot("accounts");
    }

    @Test
    @DisplayName("R26 an agency is chosen by its name as well as its code, and saved by its code")
    void agencyByName() throws Exception {
        String username = "named." + System.currentTimeMillis();
        browser.signInAt("admin/users.xhtml", "admin.eve");

        browser.type(By.id("account:username"), username);
        browser.type(By.id("account:password"), "Harbour-Lights-31");
        browser.driver().findElement(By.cssSelector("input[value='PRACTITIONER']")).click();
        browser.type(By.id("account:agency"), "children's social care");
        browser.submit(By.id("account:create"));

        assertTrue(browser.pageText().contains("Account " + username + " created"), browser.pageText());
        String agency = new Api(browser.application()).get("admin/users", "admin.eve", Deployments.PASSWORD).array()
                .getValuesAs(JsonObject.class).stream().filter(u -> u.getString("username").equals(username))
                .findFirst().orElseThrow().getString("agency");
        assertEquals("CHILDRENS_SOCIAL_CARE", agency);
    }
}
