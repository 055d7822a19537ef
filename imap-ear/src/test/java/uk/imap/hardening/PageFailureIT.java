package uk.imap.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import uk.imap.Browser;
import uk.imap.Deployments;

/**
 * OWASP ASVS V7.4: a page that fails shows a generic page with a reference, never a stack trace, and the server
 * log has the failure under the same reference; an API call that fails answers problem+json with the same kind
 * of reference. No page or resource of IMAP fails on purpose, so the shipped web module gets one more page for this
 * test, whose expression throws while it renders, and one more resource that throws.
 */
@ExtendWith(ArquillianExtension.class)
class PageFailureIT {

    static final String FAILING_PAGE = "failing-for-test.xhtml";
    static final String FAILING_FORM = "failing-form-for-test.xhtml";
    static final Pattern REFERENCE = Pattern.compile("tell the IMAP administrator this reference: ([0-9a-f-]{36})");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = Deployments.imap();
        // The request parameters cannot be changed: clearing them throws while the page renders.
        ear.getAsType(WebArchive.class, "imap-web.war").add(new StringAsset("""
                <html xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html">
                <h:body><h:outputText value="#{facesContext.externalContext.requestParameterMap.clear()}"/></h:body>
                </html>
                """), FAILING_PAGE);
        ear.getAsType(WebArchive.class, "imap-web.war").add(new StringAsset("""
                <ui:composition xmlns="http://www.w3.org/1999/xhtml" xmlns:h="jakarta.faces.html"
                        xmlns:ui="jakarta.faces.facelets" xmlns:p="http://primefaces.org/ui"
                        template="/WEB-INF/templates/page.xhtml">
                    <ui:define name="title">A form that fails</ui:define>
                    <ui:define name="content">
                        <h:form id="failing">
                            <h:outputLabel for="typed" value="What happened"/>
                            <h:inputTextarea id="typed" value="#{failingSave.typed}"/>
                            <p:commandButton id="saveAjax" value="Save" action="#{failingSave.save}" process="@form"
                                    update="@form"/>
                            <p:commandButton id="savePage" value="Save the page" action="#{failingSave.save}"
                                    ajax="false"/>
                        </h:form>
                    </ui:define>
                </ui:composition>
                """), FAILING_FORM);
        // The WAR's annotation index lists its own classes only: without it the server finds the added ones too.
        ear.getAsType(WebArchive.class, "imap-web.war").addClass(FailingForTest.class)
                .addClass(FailingSaveForTest.class).delete("/WEB-INF/classes/META-INF/jandex.idx");
        return ear;
    }

    @ArquillianResource
    URL base;

    Browser browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = new Browser(new URL(base, "/imap/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    @DisplayName("R26 a failing page shows a reference the server log holds beside the stack trace, and nothing more")
    void failureHasAReference() throws Exception {
        browser.open("me.xhtml");
        browser.signIn("prac.lee", Deployments.PASSWORD);
        browser.waitForUrl("me.xhtml");

        browser.open(FAILING_PAGE);
        String shown = browser.pageText();
        Matcher reference = REFERENCE.matcher(shown);
        assertTrue(reference.find(), shown);
        for (String detail : new String[] {"Exception", "at org.", "at jakarta.", "WildFly", "Mojarra"}) {
            assertFalse(shown.contains(detail), "no " + detail + " to a person: " + shown);
        }
        assertTrue(browser.accessibilityProblems().isEmpty(), browser.accessibilityProblems().toString());

        HttpResponse<String> answer = withSession(FAILING_PAGE);
        assertEquals(500, answer.statusCode());

        String log = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
                StandardCharsets.UTF_8);
        int logged = log.indexOf("Page failure " + reference.group(1) + " at ");
        assertTrue(logged >= 0, "the server log names the reference");
        String after = log.substring(logged, Math.min(log.length(), logged + 20_000));
        assertTrue(after.lines().findFirst().orElseThrow().contains(FAILING_PAGE), "and the page that failed");
        assertTrue(after.contains("UnsupportedOperationException"), "the log has the cause under the reference");
    }

    @Test
    @DisplayName("R26 a save that fails keeps the form as typed and says nothing was saved, with the logged reference")
    void failedSaveKeepsTheForm() throws Exception {
        browser.signInAt(FAILING_FORM, "prac.lee");

        browser.type(By.id("failing:typed"), "Typed before the server failed");
        browser.submit(By.id("failing:savePage"));
        String reference = browser.find(By.id("failedSaveReference")).getText();
        assertEquals("Typed before the server failed", browser.find(By.id("failing:typed")).getAttribute("value"));
        assertTrue(browser.pageText().contains("Nothing was saved"), browser.pageText());
        assertFalse(browser.pageText().contains("Failing on purpose"), "no detail to a person");
        assertTrue(browser.accessibilityProblems().isEmpty(), browser.accessibilityProblems().toString());

        browser.type(By.id("failing:typed"), "Typed again, sent by ajax");
        browser.click(By.id("failing:saveAjax"));
        String again = browser.find(By.id("failedSaveReference")).getText();
        assertNotEquals(reference, again, "each failure has its own reference");
        assertEquals("Typed again, sent by ajax", browser.find(By.id("failing:typed")).getAttribute("value"));

        String log = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
                StandardCharsets.UTF_8);
        for (String logged : List.of(reference, again)) {
            int at = log.indexOf("Page failure " + logged + " at ");
            assertTrue(at >= 0, "the server log names the reference");
            assertTrue(log.substring(at, Math.min(log.length(), at + 5_000)).contains("Failing on purpose"));
        }
    }

    @Test
    @DisplayName("R26 a failing API call answers problem+json with a reference the server log holds, and nothing more")
    void apiFailureHasAReference() throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        new URL(base, "/imap/api/v1/failing-for-test").toURI())
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        ("prac.lee:" + Deployments.PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .GET().build(), HttpResponse.BodyHandlers.ofString());

        assertEquals(500, answer.statusCode(), answer.body());
        assertTrue(answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                answer.headers().toString());
        Matcher reference = Pattern.compile("logged as ([0-9a-f-]{36})").matcher(answer.body());
        assertTrue(reference.find(), answer.body());
        for (String detail : new String[] {"SELECT", "IllegalStateException", "at uk.", "WildFly", "RESTEASY"}) {
            assertFalse(answer.body().contains(detail), "no " + detail + " to a caller: " + answer.body());
        }
        String log = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log"),
                StandardCharsets.UTF_8);
        int logged = log.indexOf("API failure " + reference.group(1));
        assertTrue(logged >= 0, "the server log names the reference");
        assertTrue(log.substring(logged, Math.min(log.length(), logged + 5_000)).contains("Failing on purpose"),
                "the log has the cause under the reference");
    }

    @Test
    @DisplayName("R26 a page the server no longer holds is a 400 with the expired page, not a server failure")
    void expiredViewIsNotAFailure() throws Exception {
        browser.open("me.xhtml");
        browser.signIn("prac.lee", Deployments.PASSWORD);
        browser.waitForUrl("me.xhtml");

        HttpResponse<String> answer = withSession("index.xhtml?jakarta.faces.ViewState=no-such-view");
        assertEquals(400, answer.statusCode(), answer.body());
        assertTrue(answer.body().contains("Your page has expired"), answer.body());
        assertFalse(answer.body().contains("could not be restored"), "no server detail: " + answer.body());
    }

    @Test
    @DisplayName("R26 an ajax action on a page the server no longer holds shows the expired page, not a 404")
    void expiredViewOnAjaxShowsTheExpiredPage() {
        browser.open("enquiry/new.xhtml");
        browser.signIn("prac.lee", Deployments.PASSWORD);
        browser.waitForUrl("enquiry/new.xhtml");
        ((JavascriptExecutor) browser.driver()).executeScript("document.querySelectorAll("
                + "'input[name=\"jakarta.faces.ViewState\"]').forEach(i => i.value = 'no-such-view');");

        browser.click(By.id("intake:save"));
        browser.waitForUrl("expired.xhtml");
        assertTrue(browser.pageText().contains("Your page has expired"), browser.pageText());
    }

    private HttpResponse<String> withSession(String path) throws Exception {
        String session = browser.driver().manage().getCookieNamed("JSESSIONID").getValue();
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(browser.application().toURI().resolve(path))
                .header("Cookie", "JSESSIONID=" + session).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
