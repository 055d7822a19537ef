package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;

/**
 * R18 on the sign-in page: a sign-in whose SIGNED_IN event cannot be stored lets nobody in, as a change whose event
 * cannot be stored is not kept. The database is made to refuse exactly that event (a check on the audit table, as
 * the schema's owner), and nothing else fails.
 */
@ExtendWith(ArquillianExtension.class)
class SignInFailsClosedIT {

    private static final String REFUSAL = "test_refuses_signed_in";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(SignInFailsClosedIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ImapSchemaDS")
    DataSource schemaOwner;

    private final URI app = URI.create("http://localhost:"
            + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0)) + "/imap/");

    @Test
    @DisplayName("R18 a sign-in whose event cannot be stored signs nobody in; once it can, the same sign-in works")
    void noSignInWithoutItsEvent() throws Exception {
        HttpClient refused = browser();
        refuseSignedInEvents(true);
        try {
            signIn(refused, "prac.sam");
            assertFalse(signedIn(refused), "the sign-in was let through without its event");
        } finally {
            refuseSignedInEvents(false);
        }
        assertFalse(signedIn(refused), "the refused sign-in's session became signed in later");

        HttpClient accepted = browser();
        signIn(accepted, "prac.sam");
        assertTrue(signedIn(accepted), "with its event stored, the same sign-in works");
    }

    private static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** Asks for a page, and signs in on the sign-in page it leads to, as a browser would. */
    private void signIn(HttpClient browser, String username) throws Exception {
        browser.send(HttpRequest.newBuilder(app.resolve("me.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        String form = "j_username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&j_password="
                + URLEncoder.encode(Deployments.PASSWORD, StandardCharsets.UTF_8);
        browser.send(HttpRequest.newBuilder(app.resolve("j_security_check"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
    }

    /** Whether this browser's session is signed in: a page then offers to sign out instead of to sign in. */
    private boolean signedIn(HttpClient browser) throws Exception {
        String page = browser.send(HttpRequest.newBuilder(app.resolve("me.xhtml")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertTrue(page.contains("signOutButton") != page.contains("signInButton"), page);
        return page.contains("signOutButton");
    }

    private void refuseSignedInEvents(boolean refuse) throws Exception {
        try (Connection connection = schemaOwner.getConnection(); Statement statement = connection.createStatement()) {
            boolean postgresql = connection.getMetaData().getDatabaseProductName().contains("PostgreSQL");
            // Earlier sign-ins stay as they are: the check applies to new events alone.
            statement.execute(refuse
                    ? "ALTER TABLE audit_entry ADD CONSTRAINT " + REFUSAL + " CHECK (action <> 'SIGNED_IN')"
                            + (postgresql ? " NOT VALID" : " NOCHECK")
                    : "ALTER TABLE audit_entry DROP CONSTRAINT " + REFUSAL);
        }
    }
}
