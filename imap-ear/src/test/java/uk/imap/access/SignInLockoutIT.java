package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * R27: at most five failed password checks per account in 15 minutes; then even the right password is refused
 * unchecked, the caller is told until when, and the refusal is an audit event. Each test locks an account of its
 * own, so no other test meets a locked demo user.
 */
class SignInLockoutIT extends OverTheApi {

    static final String RIGHT_PASSWORD = "Autumn-Lantern-31";

    final OffsetDateTime since = OffsetDateTime.now().minusSeconds(1).truncatedTo(ChronoUnit.SECONDS);
    final String ola = "ola." + System.currentTimeMillis();

    @Test
    @DisplayName("R27 after five failed password checks the right password is refused with 429 and the lock's end")
    void fiveFailuresLockTheAccount() throws Exception {
        createAccount(ola);
        for (int attempt = 1; attempt <= 4; attempt++) {
            assertEquals(401, api.get("me", ola, "wrong-" + attempt).status());
        }
        assertEquals(200, api.get("me", ola, RIGHT_PASSWORD).status(), "four failures leave the account open");
        assertEquals(401, api.get("me", ola, "wrong-5").status());

        Api.Answer refused = api.get("me", ola, RIGHT_PASSWORD);
        assertEquals(429, refused.status(), refused.raw().body());
        assertEquals("application/problem+json", refused.header("Content-Type"));
        assertEquals("https://imap.example/problems/account-locked", refused.json().getString("type"));
        long retryAfter = Long.parseLong(refused.header("Retry-After"));
        assertTrue(retryAfter > 14 * 60 && retryAfter <= 15 * 60, "Retry-After " + retryAfter);
        assertEquals(429, api.get("me", ola, "wrong-6").status(), "no password is checked while locked");

        assertEquals(5, events(ola, "SIGN_IN_FAILED").size(), "refused attempts are not password checks");
        List<JsonObject> lockedOut = events(ola, "SIGN_IN_LOCKED_OUT");
        assertEquals(2, lockedOut.size());
        lockedOut.forEach(event -> assertEquals("DENIED", event.getString("outcome")));
        assertTrue(lockedOut.get(0).getString("reason").startsWith("BASIC, locked until "));
    }

    @Test
    @DisplayName("R27 a name without an account locks the same way, so a lockout never tells which names exist")
    void unknownNamesLockAlike() throws Exception {
        String nobody = "nobody." + System.currentTimeMillis();
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api.get("me", nobody, "guess-" + attempt).status());
        }
        assertEquals(429, api.get("me", nobody, "guess-6").status());
        assertEquals(200, api.get("me", "prac.sam", PASSWORD).status(), "other accounts stay open");
    }

    @Test
    @DisplayName("R27 credentials the server could read two ways are refused with 401 and never get past a lock")
    void malformedCredentialsNeverPassTheLock() throws Exception {
        createAccount(ola);
        for (int attempt = 1; attempt <= 5; attempt++) {
            assertEquals(401, api.get("me", ola, "wrong-" + attempt).status());
        }
        String right = Base64.getEncoder().encodeToString((ola + ":" + RIGHT_PASSWORD).getBytes(StandardCharsets.UTF_8));
        String rightUnpadded = Base64.getEncoder().withoutPadding()
                .encodeToString((ola + ":" + RIGHT_PASSWORD + "x").getBytes(StandardCharsets.UTF_8));
        List<List<String>> headers = List.of(
                List.of("Basic " + right + "!!"), List.of("Basic " + right + "=="), List.of("Basic  " + right),
                List.of("Basic " + right.substring(0, right.length() - 1)), List.of("Basic " + rightUnpadded),
                List.of("basic" + right), List.of("Basic " + right.replace('+', '-')), List.of("Basic " + right, "Basic "
                        + right), List.of("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':'})),
                List.of("Basic " + Base64.getEncoder().encodeToString(ola.getBytes(StandardCharsets.UTF_8))),
                List.of("Basic =="), List.of("Basic"), List.of("Basic " + "A".repeat(2_000)));
        for (List<String> header : headers) {
            Api.Answer answer = api.getWithAuthorization("me", header.toArray(String[]::new));
            assertTrue(answer.status() == 401 || answer.status() == 429, header + " answered " + answer.status());
            assertEquals("application/problem+json", answer.header("Content-Type"), header.toString());
            assertTrue(answer.header("Set-Cookie") == null, "no session is made for " + header);
        }
        assertEquals(429, api.get("me", ola, RIGHT_PASSWORD).status());
        assertEquals(5, events(ola, "SIGN_IN_FAILED").size());
        assertTrue(events("(none)", "SIGN_IN_FAILED").isEmpty(), "every failure names the account it was against");
    }

    @Test
    @DisplayName("R27 thirty wrong passwords at once: five are checked, the rest refused, and the right one after them too")
    void concurrentFailuresCannotOutrunTheCount() throws Exception {
        createAccount(ola);
        List<Api.Answer> storm = api.getAtOnce("me", ola,
                java.util.stream.IntStream.range(0, 30).mapToObj(i -> "wrong-" + i).toList());

        assertEquals(5, storm.stream().filter(answer -> answer.status() == 401).count(),
                storm.stream().map(Api.Answer::status).toList().toString());
        assertEquals(25, storm.stream().filter(answer -> answer.status() == 429).count());
        assertEquals(429, api.get("me", ola, RIGHT_PASSWORD).status());
        assertEquals(5, events(ola, "SIGN_IN_FAILED").size());
    }

    @Test
    @DisplayName("R27 a partner system's concurrent calls with the right password all get through, none is locked out")
    void concurrentRightPasswordsAllPass() throws Exception {
        createAccount(ola);
        List<Api.Answer> calls = api.getAtOnce("me", ola, java.util.Collections.nCopies(20, RIGHT_PASSWORD));

        assertEquals(20, calls.stream().filter(answer -> answer.status() == 200).count(),
                calls.stream().map(Api.Answer::status).toList().toString());
        assertEquals(200, api.get("me", ola, RIGHT_PASSWORD).status());
    }

    void createAccount(String username) throws Exception {
        Api.Answer created = api.post("admin/users", "admin.eve", PASSWORD, """
                {"username": "%s", "password": "%s", "roles": ["PRACTITIONER"],
                 "agency": "CHILDRENS_SOCIAL_CARE", "teams": ["HUB_TEAM_A"]}""".formatted(username, RIGHT_PASSWORD));
        assertEquals(201, created.status(), created.raw().body());
    }

    List<JsonObject> events(String user, String action) throws Exception {
        return api.get("audit/events?user=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&action=" + action
                        + "&from=" + URLEncoder.encode(since.toString(), StandardCharsets.UTF_8), "audit.max", PASSWORD)
                .array().getValuesAs(JsonObject.class);
    }
}
