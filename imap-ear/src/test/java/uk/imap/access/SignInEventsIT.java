package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Deployments;
import uk.imap.OverTheApi;

/**
 * R18: sign-ins, failed password checks and sessions that end without signing out are audit events written from
 * what the server's security layer reports, with who, which roles, from where and how.
 */
class SignInEventsIT extends OverTheApi {

    final OffsetDateTime since = OffsetDateTime.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    final CookieManager cookies = new CookieManager();
    final HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    @DisplayName("R18 a sign-in on the sign-in page is SIGNED_IN with the person's roles, from the security layer")
    void signedIn() throws Exception {
        int status = formSignIn("prac.sam", PASSWORD);
        assertTrue(status == 302 || status == 303, "a redirect after signing in, not " + status);

        JsonObject event = only("prac.sam", "SIGNED_IN");
        assertEquals("SUCCESS", event.getString("outcome"));
        assertEquals(List.of("PRACTITIONER"), event.getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString));
        assertEquals("FORM", event.getString("reason"));
        assertTrue(event.containsKey("origin"));
    }

    @Test
    @DisplayName("R18 wrong passwords on the page and over the API are SIGN_IN_FAILED in the name that was tried")
    void failed() throws Exception {
        // A name of its own each run: wrong passwords for a demo user would lock it for later tests (R27).
        String tried = "ana.typo." + System.nanoTime();
        formSignIn(tried, "not-her-password");
        assertEquals(401, api.get("me", tried, "also-wrong").status());

        List<JsonObject> failures = events(tried, "SIGN_IN_FAILED");
        assertEquals(List.of("BASIC", "FORM"), failures.stream().map(e -> e.getString("reason")).sorted().toList());
        failures.forEach(e -> assertEquals("DENIED", e.getString("outcome")));
        assertTrue(events(tried, "SIGNED_IN").isEmpty());
    }

    @Test
    @DisplayName("ASVS 4.2.2 another site's page cannot sign this browser in (login CSRF): refused, no session, no sign-in")
    void crossSiteSignInRefused() throws Exception {
        URI app = URI.create(base.toString()).resolve("/imap/");
        for (String header : List.of("Origin", "Referer", "Sec-Fetch-Site")) {
            HttpResponse<String> answer = browser.send(HttpRequest.newBuilder(app.resolve("j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .header(header, header.equals("Sec-Fetch-Site") ? "cross-site"
                            : "https://attacker.example" + (header.equals("Referer") ? "/page" : ""))
                    .POST(HttpRequest.BodyPublishers.ofString("j_username=prac.lee&j_password="
                            + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, answer.statusCode(), header);
            assertTrue(answer.headers().allValues("Set-Cookie").isEmpty(), header);
        }
        assertTrue(events("prac.lee", "SIGNED_IN").isEmpty());
        assertEquals(303 / 100, formSignIn("prac.lee", PASSWORD) / 100, "a same-site sign-in still works");
    }

    @Test
    @DisplayName("R18 a name that does not exist is recorded as tried, markup and line breaks made harmless")
    void unknownName() throws Exception {
        long run = System.nanoTime();
        formSignIn("<b>nobody</b>\r\nforged line " + run, "x");

        JsonObject event = only("<b>nobody</b>  forged line " + run, "SIGN_IN_FAILED");
        assertEquals("<b>nobody</b>  forged line " + run, event.getString("actor"));
    }

    @Test
    @DisplayName("R18 a session that ends on the server without signing out is SESSION_EXPIRED for its owner")
    void sessionExpired() throws Exception {
        formSignIn("cg.pat", PASSWORD);
        String session = cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals("JSESSIONID")).map(HttpCookie::getValue).findFirst().orElseThrow()
                .split("\\.")[0]; // the cookie carries the server's route after a dot
        assertTrue(events("cg.pat", "SESSION_EXPIRED").isEmpty());

        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", Deployments.MANAGEMENT_PORT)) {
            ModelNode invalidate = new ModelNode();
            invalidate.get("operation").set("invalidate-session");
            invalidate.get("session-id").set(session);
            ModelNode address = invalidate.get("address");
            address.add("deployment", "imap.ear");
            address.add("subdeployment", "imap-web.war");
            address.add("subsystem", "undertow");
            ModelNode outcome = management.execute(invalidate);
            assertEquals("success", outcome.get("outcome").asString(), outcome.toString());
        }

        JsonObject event = only("cg.pat", "SESSION_EXPIRED");
        assertEquals(List.of("CALDICOTT_GUARDIAN"), event.getJsonArray("roles").getValuesAs(
                jakarta.json.JsonString::getString));
    }

    /** Signs in on the sign-in page as a browser would; the status of the answer to the form. */
    int formSignIn(String username, String password) throws Exception {
        URI app = URI.create(base.toString()).resolve("/imap/");
        browser.send(HttpRequest.newBuilder(app.resolve("index.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<Void> answer = browser.send(HttpRequest.newBuilder(app.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
        // A browser follows the redirect to the page it first asked for.
        answer.headers().firstValue("Location").ifPresent(location -> get(app.resolve(location)));
        return answer.statusCode();
    }

    void get(URI page) {
        try {
            browser.send(HttpRequest.newBuilder(page).GET().build(), HttpResponse.BodyHandlers.discarding());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    List<JsonObject> events(String user, String action) throws Exception {
        return api.get("audit/events?user=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&action=" + action
                + "&from=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8), "audit.max", PASSWORD).array().getValuesAs(JsonObject.class);
    }

    JsonObject only(String user, String action) throws Exception {
        List<JsonObject> found = events(user, action);
        assertEquals(1, found.size(), found.toString());
        return found.get(0);
    }
}
