package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.InTheBrowser;

/** R18 in a real browser: signing in and out are one event each, and a session signed out of never "expires". */
class SignOutEventsIT extends InTheBrowser {

    @Test
    @DisplayName("R18 signing in and out in the browser is SIGNED_IN then SIGNED_OUT, and no SESSION_EXPIRED")
    void signInAndOut() throws Exception {
        OffsetDateTime since = OffsetDateTime.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
        browser.open("me.xhtml");
        browser.signIn("school.jo", Deployments.PASSWORD);
        browser.open("me.xhtml");
        browser.signOut();

        Api api = new Api(new URL(base, "/imap/"));
        List<String> actions = api.get("audit/events?user=school.jo&from="
                        + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8), "audit.max", Deployments.PASSWORD)
                .array().getValuesAs(JsonObject.class).stream().map(e -> e.getString("action"))
                .filter(a -> a.startsWith("SIGN") || a.startsWith("SESSION")).sorted().toList();

        assertEquals(List.of("SIGNED_IN", "SIGNED_OUT"), actions);
    }
}
