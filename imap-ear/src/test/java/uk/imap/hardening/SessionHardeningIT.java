package uk.imap.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/**
 * R27 and OWASP ASVS V3 in a real browser: a new session id at sign-in, a session cookie out of scripts' and other
 * sites' reach, and signing out ends the session on the server, not only in the browser.
 */
class SessionHardeningIT extends InTheBrowser {

    @Test
    @DisplayName("R27 signing in gives a new session id, HttpOnly and SameSite, not good for the API; signing out ends it on the server")
    void sessionFromSignInToSignOut() throws Exception {
        browser.open("me.xhtml");
        Cookie before = browser.driver().manage().getCookieNamed("JSESSIONID");
        browser.signIn("prac.lee", Deployments.PASSWORD);
        browser.waitForUrl("me.xhtml");
        Cookie signedIn = browser.driver().manage().getCookieNamed("JSESSIONID");

        assertNotEquals(before.getValue(), signedIn.getValue(), "the id from before sign-in must not carry on");
        assertTrue(signedIn.isHttpOnly());
        assertEquals("Lax", signedIn.getSameSite());
        assertTrue(pageWith(signedIn, "me.xhtml").contains("Signed in as"), "the cookie is the signed-in session");
        String api = pageWith(signedIn, "api/v1/me");
        assertTrue(api.startsWith("401 "), "the API never takes the pages' cookie: " + api);

        browser.signOut();
        assertFalse(pageWith(signedIn, "me.xhtml").contains("Signed in as"), "the signed-out session is gone on the server");
    }

    /** Status and body of a page or API call as a client replaying the cookie would get it, following no redirect. */
    private String pageWith(Cookie session, String path) throws Exception {
        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        browser.application().toURI().resolve(path))
                .header("Cookie", "JSESSIONID=" + session.getValue()).header("Accept", "text/html, application/json")
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        return page.statusCode() + " " + page.body();
    }
}
