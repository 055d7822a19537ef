package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** A person signed in on the pages makes an access token for a partner system on "My account", and it works. */
class SystemTokenPageIT extends InTheBrowser {

    @Test
    @DisplayName("R26 R27 My account makes an access token that the API takes for that person, shown once")
    void tokenFromTheAccountPage() throws Exception {
        browser.open("me.xhtml");
        browser.signIn("prac.sam", Deployments.PASSWORD);
        browser.waitForUrl("me.xhtml");
        browser.submit(By.id("token:issueToken"));

        String token = browser.find(By.id("accessToken")).getAttribute("value").strip();
        assertTrue(browser.find(By.id("tokenExpiry")).getText().contains("not shown again"));
        assertEquals(List.of(), browser.accessibilityProblems());
        Api.Answer me = new Api(browser.application()).getWithAuthorization("me", "Bearer " + token);
        assertEquals(200, me.status(), me.raw().body());
        assertEquals("prac.sam", me.json().getString("username"));

        browser.open("me.xhtml");
        assertTrue(browser.driver().findElements(By.id("accessToken")).isEmpty(), "shown once only");
    }
}
