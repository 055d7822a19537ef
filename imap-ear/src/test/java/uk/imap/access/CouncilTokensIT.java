package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.as.controller.client.ModelControllerClient;
import org.jboss.dmr.ModelNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.OverTheApi;

/**
 * The council's own identity provider's access tokens on IMAP's API, against a real OpenID Connect server: Keycloak
 * from its distribution, started here, with a realm, a client for IMAP and two people made through its admin API.
 * IMAP is pointed at it as an administrator would, by system properties on the running server.
 */
class CouncilTokensIT extends OverTheApi {

    static final int KEYCLOAK_PORT = 8280;
    static final String KEYCLOAK = "http://localhost:" + KEYCLOAK_PORT;
    static final String ISSUER = KEYCLOAK + "/realms/council";
    static final List<String> SETTINGS = List.of("imap.tokens.council.issuer", "imap.tokens.council.jwks-url");

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final String adminPassword = UUID.randomUUID().toString();
    final String personPassword = UUID.randomUUID().toString();
    Process keycloak;

    @Test
    @DisplayName("R27 a token from the council's identity provider works for an IMAP account, with IMAP's roles;"
            + " one for someone IMAP does not know, or from an issuer no longer trusted, is refused")
    void councilTokens() throws Exception {
        startKeycloak();
        String admin = token("master", "admin-cli", "admin", adminPassword);
        councilRealm(admin);
        trust(Map.of("imap.tokens.council.issuer", ISSUER,
                "imap.tokens.council.jwks-url", ISSUER + "/protocol/openid-connect/certs"));

        String sam = "Bearer " + token("council", "imap-api", "prac.sam", personPassword);
        Api.Answer me = api.getWithAuthorization("me", sam);
        assertEquals(200, me.status(), me.raw().body());
        assertEquals("prac.sam", me.json().getString("username"));
        assertEquals("[\"PRACTITIONER\"]", me.json().get("roles").toString(), "roles are IMAP's, not the provider's");
        assertEquals(200, api.getWithAuthorization("enquiries", sam).status());

        Api.Answer stranger = api.getWithAuthorization("me",
                "Bearer " + token("council", "imap-api", "not.in.imap", personPassword));
        assertEquals(401, stranger.status(), "no IMAP account of that name: " + stranger.raw().body());

        untrust();
        assertEquals(401, api.getWithAuthorization("me", sam).status(), "the issuer is no longer trusted");
        assertTrue(api.get("audit/events?action=TOKEN_REFUSED&user=not.in.imap", "audit.max", PASSWORD).array()
                .size() >= 1, "the refusal is audited");
    }

    private void startKeycloak() throws Exception {
        try {
            http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/master")).build(),
                    HttpResponse.BodyHandlers.discarding());
            throw new AssertionError("Something already answers at " + KEYCLOAK + " (a Keycloak left by an earlier run?):"
                    + " this test would talk to it instead of its own");
        } catch (java.io.IOException free) {
            // nothing there: the port is this test's
        }
        Path home = Path.of(System.getProperty("imap.keycloak.home"));
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + KEYCLOAK_PORT,
                "--http-management-port=" + (KEYCLOAK_PORT + 1000),
                "--db=dev-mem").redirectErrorStream(true)
                .redirectOutput(Path.of("target", "keycloak.log").toFile());
        builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", adminPassword);
        keycloak = builder.start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (!keycloak.isAlive()) {
                throw new AssertionError("Keycloak stopped; see target/keycloak.log");
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/master")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("Keycloak was not ready in time; see target/keycloak.log");
    }

    /** A realm for the council, a public client for IMAP whose tokens name IMAP as audience, and two people. */
    private void councilRealm(String admin) throws Exception {
        adminCall(admin, "POST", "/admin/realms", """
                {"realm": "council", "enabled": true}""", 201);
        adminCall(admin, "POST", "/admin/realms/council/clients", """
                {"clientId": "imap-api", "publicClient": true, "directAccessGrantsEnabled": true,
                 "standardFlowEnabled": false,
                 "protocolMappers": [{"name": "imap-audience", "protocol": "openid-connect",
                   "protocolMapper": "oidc-audience-mapper",
                   "config": {"included.custom.audience": "imap-api", "access.token.claim": "true",
                              "id.token.claim": "false"}}]}""", 201);
        for (String person : List.of("prac.sam", "not.in.imap")) {
            adminCall(admin, "POST", "/admin/realms/council/users", """
                    {"username": "%s", "enabled": true, "emailVerified": true, "firstName": "A", "lastName": "Person",
                     "email": "%s@council.example",
                     "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                    .formatted(person, person, personPassword), 201);
        }
    }

    private void adminCall(String admin, String method, String path, String json, int expected) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + path))
                .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, answer.statusCode(), method + " " + path + ": " + answer.body());
    }

    /** An access token by the password grant, as a council's system signs in to its identity provider. */
    private String token(String realm, String client, String username, String password) throws Exception {
        String form = Map.of("grant_type", "password", "client_id", client, "username", username, "password", password)
                .entrySet().stream().map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(
                        URI.create(KEYCLOAK + "/realms/" + realm + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, answer.statusCode(), answer.body());
        JsonObject body = Json.createReader(new StringReader(answer.body())).readObject();
        return body.getString("access_token");
    }

    private static void trust(Map<String, String> settings) throws Exception {
        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", Deployments.MANAGEMENT_PORT)) {
            for (Map.Entry<String, String> setting : settings.entrySet()) {
                ModelNode add = systemProperty("add", setting.getKey());
                add.get("value").set(setting.getValue());
                assertEquals("success", management.execute(add).get("outcome").asString());
            }
        }
    }

    private static void untrust() throws Exception {
        try (ModelControllerClient management = ModelControllerClient.Factory.create("localhost", Deployments.MANAGEMENT_PORT)) {
            for (String setting : SETTINGS) {
                management.execute(systemProperty("remove", setting));
            }
        }
    }

    private static ModelNode systemProperty(String operation, String name) {
        ModelNode node = new ModelNode();
        node.get("operation").set(operation);
        node.get("address").add("system-property", name);
        return node;
    }

    @AfterEach
    void stopKeycloak() throws Exception {
        try {
            untrust();
        } finally {
            // Stopped whatever else failed: a Keycloak left running would answer the next run's test in its place.
            if (keycloak != null) {
                keycloak.descendants().forEach(ProcessHandle::destroy);
                keycloak.destroy();
                keycloak.waitFor();
            }
        }
    }
}
