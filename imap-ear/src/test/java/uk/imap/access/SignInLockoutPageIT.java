package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R27 on the sign-in page: a person is told of the lockout when it starts and when trying again during it. */
class SignInLockoutPageIT extends InTheBrowser {

    static final String RIGHT_PASSWORD = "Spring-Orchard-58";

    @Test
    @DisplayName("R27 the fifth wrong password says the account is locked until when, and the right one is then refused")
    void aPersonIsToldOfTheLockout() throws Exception {
        String uma = "uma." + System.currentTimeMillis();
        Api api = new Api(browser.application());
        assertEquals(201, api.post("admin/users", "admin.eve", Deployments.PASSWORD, """
                {"username": "%s", "password": "%s", "roles": ["PRACTITIONER"],
                 "agency": "CHILDRENS_SOCIAL_CARE", "teams": ["HUB_TEAM_A"]}""".formatted(uma, RIGHT_PASSWORD))
                .status());

        browser.open("index.xhtml");
        for (int attempt = 1; attempt <= 4; attempt++) {
            browser.signIn(uma, "wrong-" + attempt);
            assertTrue(browser.pageText().contains("After 5 failed attempts in 15 minutes an account is locked"),
                    browser.pageText());
        }
        browser.signIn(uma, "wrong-5");
        String notice = browser.find(By.id("lockedNotice")).getText();
        assertTrue(notice.matches("(?s).*now locked until \\d\\d:\\d\\d.*"), notice);
        assertEquals(List.of(), browser.accessibilityProblems());

        browser.signIn(uma, RIGHT_PASSWORD);
        browser.waitForUrl("login-locked.xhtml");
        assertTrue(browser.find(By.id("accountLocked")).getText().contains("The password was not checked"));
        assertEquals(List.of(), browser.accessibilityProblems());
        browser.screenshot("sign-in-locked");

        browser.open("index.xhtml");
        assertFalse(browser.pageText().contains("Signed in as"), "the lockout signed nobody in");
    }
}
