package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.interfaces.ECPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;
import uk.imap.signing.SigningKeyPair;

/**
 * Partner systems sign in once with HTTP Basic and send a bearer token with each call after that (API.md,
 * "Additions"): the token works on every API call, never opens a page, stops working as soon as its account is
 * disabled, carries the account's roles as they are now, and is refused when it is forged, expired, for someone
 * else or from an issuer IMAP does not trust. Issuing and refusing are audited.
 */
class BearerTokensIT extends OverTheApi {

    @Test
    @DisplayName("R27 R18 a token from POST /tokens works on every API call instead of the password;"
            + " its issue is audited")
    void tokenInsteadOfPassword() throws Exception {
        Api.Answer issued = api.post("tokens", "prac.sam", PASSWORD, "");
        assertEquals(201, issued.status(), issued.raw().body());
        JsonObject token = issued.json();
        assertEquals("Bearer", token.getString("tokenType"));
        assertTrue(token.getInt("expiresIn") > 800 && token.getInt("expiresIn") <= 900, token.toString());
        String bearer = "Bearer " + token.getString("accessToken");

        Api.Answer me = api.getWithAuthorization("me", bearer);
        assertEquals(200, me.status(), me.raw().body());
        assertEquals("prac.sam", me.json().getString("username"));
        assertEquals(200, api.getWithAuthorization("enquiries", bearer).status());
        Api.Answer created = api.postWithAuthorization("enquiries", bearer, """
                {"source": "ANONYMOUS", "summary": "Sent with a token", "threshold": "EARLY_HELP",
                 "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Ari", "familyName": "Hale", "relationship": "SUBJECT"}]}""");
        assertEquals(201, created.status(), created.raw().body());
        String reference = created.json().getString("reference");
        List<JsonObject> creation = api.get("audit/events?record=" + reference + "&action=ENQUIRY_CREATED", "audit.max",
                PASSWORD).array().getValuesAs(JsonObject.class);
        assertEquals("prac.sam", creation.get(0).getString("actor"), "the change is the token's account's");
        assertFalse(api.get("audit/events?action=TOKEN_ISSUED&user=prac.sam", "audit.max", PASSWORD).array()
                .isEmpty(), "the issue is audited");

        assertEquals(403, api.getWithAuthorization("admin/users", bearer).status(), "the account's roles, no more");
        Api.Answer fromToken = api.postWithAuthorization("tokens", bearer, "");
        assertEquals(403, fromToken.status(), "a token is never swapped for a newer one: " + fromToken.raw().body());
    }

    @Test
    @DisplayName("R27 a bearer token never opens a page")
    void tokenNeverOpensAPage() throws Exception {
        String bearer = "Bearer " + api.post("tokens", "prac.sam", PASSWORD, "").json().getString("accessToken");
        java.net.http.HttpResponse<String> page = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(base.toURI().resolve("/imap/enquiry/worklist.xhtml"))
                        .header("Authorization", bearer).GET().build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertFalse(page.statusCode() == 200 && page.body().contains("prac.sam"),
                "no page opens for a token: " + page.statusCode());
        assertTrue(page.body().contains("j_security_check") || page.statusCode() >= 300, "the sign-in page instead");
    }

    @Test
    @DisplayName("R27 R20 disabling an account stops its token at the next call; a change of roles applies at once")
    void accountChangesApplyToItsTokens() throws Exception {
        String name = "token." + UUID.randomUUID().toString().substring(0, 8);
        String password = "Bearer-Test-2026-" + UUID.randomUUID().toString().substring(0, 6);
        assertEquals(201, api.post("admin/users", "admin.eve", PASSWORD, """
                {"username": "%s", "password": "%s", "roles": ["PRACTITIONER"],
                 "agency": "CHILDRENS_SOCIAL_CARE", "teams": ["HUB_TEAM_A"]}""".formatted(name, password)).status());
        String bearer = "Bearer " + api.post("tokens", name, password, "").json().getString("accessToken");
        assertEquals("[\"PRACTITIONER\"]", api.getWithAuthorization("me", bearer).json().get("roles").toString());

        assertEquals(200, api.put("admin/users/" + name, "admin.eve", PASSWORD, """
                {"roles": ["MANAGER"], "agency": "CHILDRENS_SOCIAL_CARE", "teams": ["HUB_TEAM_A"]}""").status());
        assertEquals("[\"MANAGER\"]", api.getWithAuthorization("me", bearer).json().get("roles").toString());

        assertEquals(204, api.post("admin/users/" + name + "/disable", "admin.eve", PASSWORD, "{}").status());
        Api.Answer refused = api.getWithAuthorization("me", bearer);
        assertEquals(401, refused.status(), refused.raw().body());
        assertTrue(refused.header("WWW-Authenticate").startsWith("Bearer"), refused.header("WWW-Authenticate"));
        List<JsonObject> refusals = api.get("audit/events?action=TOKEN_REFUSED&user=" + name, "audit.max", PASSWORD)
                .array().getValuesAs(JsonObject.class);
        assertEquals(1, refusals.size(), "the refusal is audited under the account's name");
    }

    @Test
    @DisplayName("R27 a forged, expired, misdirected or foreign token is refused with 401 and audited")
    void badTokensAreRefused() throws Exception {
        String good = api.post("tokens", "prac.sam", PASSWORD, "").json().getString("accessToken");
        String[] parts = good.split("\\.");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("prac.sam", "mgr.ana").getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        Instant now = Instant.now();
        List<String> bad = List.of(
                forged,
                signed("imap", "prac.sam", "imap-api", now.minusSeconds(1_200), now.minusSeconds(300)),
                signed("imap", "prac.sam", "someone-else", now, now.plusSeconds(600)),
                signed("https://elsewhere.example", "prac.sam", "imap-api", now, now.plusSeconds(600)),
                "not-a-token",
                "");
        for (String token : bad) {
            Api.Answer answer = api.getWithAuthorization("me", "Bearer " + token);
            assertEquals(401, answer.status(), token + " -> " + answer.raw().body());
            assertTrue(answer.header("Content-Type").startsWith("application/problem+json"));
            assertFalse(answer.raw().body().contains("prac.sam"));
        }
        assertEquals(200, api.getWithAuthorization("me", "Bearer " + signed("imap", "prac.sam", "imap-api", now,
                now.plusSeconds(600))).status(), "the same key and claims, in date, are accepted");
        assertTrue(api.get("audit/events?action=TOKEN_REFUSED&user=prac.sam", "audit.max", PASSWORD).array().size()
                >= 3, "each refusal of a token naming prac.sam is audited");
    }

    /** A token signed with the server's own token key, as only the server (or a thief of its key) could make. */
    private static String signed(String issuer, String subject, String audience, Instant issued, Instant expires)
            throws Exception {
        Matcher data = Pattern.compile("-Dimap\\.data\\.dir=(\\S+)")
                .matcher(System.getProperty("imap.server.jvm.args"));
        assertTrue(data.find());
        SigningKeyPair key = SigningKeyPair.at(Path.of(data.group(1), "imap-tokens", "token-key.pem"),
                SigningKeyPair.Algorithm.EC_P256);
        SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.ES256), new JWTClaimsSet.Builder().issuer(issuer)
                .subject(subject).audience(audience).issueTime(Date.from(issued)).expirationTime(Date.from(expires))
                .build());
        token.sign(new ECDSASigner((ECPrivateKey) key.privateKey()));
        return token.serialize();
    }
}
