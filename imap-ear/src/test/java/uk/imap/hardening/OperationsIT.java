package uk.imap.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Deployments;
import uk.imap.OverTheApi;

/**
 * What operations staff watch: readiness (the database and the audit chain head), the OpenAPI description that
 * partner systems code against, and request counts in the server's metrics.
 */
class OperationsIT extends OverTheApi {

    static final URI MANAGEMENT = URI.create("http://localhost:" + Deployments.MANAGEMENT_PORT + "/");

    /** The resources of the REST contract partner systems rely on (API.md), as method and path. */
    static final List<String> CONTRACT = List.of(
            "GET /me", "POST /enquiries", "GET /enquiries", "GET /enquiries/{reference}", "PUT /enquiries/{reference}",
            "POST /enquiries/{reference}/consent-decisions", "GET /enquiries/{reference}/consent-decisions",
            "POST /enquiries/{reference}/transitions", "POST /enquiries/{reference}/information-requests",
            "GET /information-requests", "GET /information-requests/{id}", "POST /information-requests/{id}/disclosure",
            "POST /enquiries/{reference}/consent-overrides", "POST /consent-overrides/{id}/approval",
            "POST /enquiries/{reference}/emergency-access", "GET /reviews", "POST /reviews/{id}",
            "GET /people/matches", "POST /advice-requests", "GET /advice-requests/{id}",
            "POST /advice-requests/{id}/answer", "GET /decisions", "GET /audit/events", "GET /audit/verification",
            "GET /reports/users-roles", "GET /reports/role-permissions", "GET /reports/privileged-changes",
            "GET /reports/access", "GET /reports/decision-statistics", "GET /admin/users", "POST /admin/users",
            "GET /admin/agencies", "GET /admin/legal-gateways", "POST /admin/legal-gateways",
            "GET /admin/concern-categories", "POST /admin/concern-categories", "GET /audit/feed",
            "GET /admin/retention-schedule", "PUT /admin/retention-schedule", "POST /enquiries/{reference}/legal-hold",
            "DELETE /enquiries/{reference}/legal-hold", "GET /disposals", "POST /disposals/{reference}",
            "GET /people/{id}/subject-access");

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("R18 ready only with the database answering and the audit chain head matching its last event")
    void readiness() throws Exception {
        HttpResponse<String> ready = get(MANAGEMENT.resolve("health/ready"), "application/json");
        assertEquals(200, ready.statusCode(), ready.body());
        JsonObject check = Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream()
                .filter(c -> c.getString("name").equals("imap-database-and-audit-chain-head")).findFirst()
                .orElseThrow(() -> new AssertionError("no IMAP check in " + ready.body()));
        assertEquals("UP", check.getString("status"), ready.body());
        assertTrue(check.getJsonObject("data").getJsonNumber("position").longValue() > 0, ready.body());
        assertTrue(check.getJsonObject("data").getJsonNumber("waitingForSequencer").longValue() >= 0, ready.body());
        assertTrue(check.getJsonObject("data").containsKey("oldestWaitingAt"), ready.body());
    }

    @Test
    @DisplayName("R34 the audit feed's lag is on the readiness endpoint, and a SIEM outage does not make IMAP unready")
    void auditFeedLag() throws Exception {
        HttpResponse<String> ready = get(MANAGEMENT.resolve("health/ready"), "application/json");
        JsonObject feed = Json.createReader(new StringReader(ready.body())).readObject().getJsonArray("checks")
                .getValuesAs(JsonObject.class).stream().filter(c -> c.getString("name").equals("imap-audit-feed"))
                .findFirst().orElseThrow(() -> new AssertionError("no feed check in " + ready.body()));
        assertEquals("UP", feed.getString("status"), ready.body());
        assertTrue(feed.getJsonObject("data").getJsonNumber("pending").longValue() >= 0, ready.body());
        assertTrue(feed.getJsonObject("data").containsKey("oldestPendingAt"), ready.body());
    }

    @Test
    @DisplayName("every resource of the REST contract is in the OpenAPI description at /openapi")
    void openApiDescribesTheContract() throws Exception {
        HttpResponse<String> openapi = get(URI.create(base.toString()).resolve("/openapi"), "application/json");
        assertEquals(200, openapi.statusCode());
        JsonObject paths = Json.createReader(new StringReader(openapi.body())).readObject().getJsonObject("paths");
        List<String> missing = new ArrayList<>();
        for (String resource : CONTRACT) {
            String[] methodAndPath = resource.split(" ");
            JsonObject path = paths.getJsonObject("/imap/api/v1" + methodAndPath[1]);
            if (path == null || !path.containsKey(methodAndPath[0].toLowerCase(Locale.ROOT))) {
                missing.add(resource);
            }
        }
        System.out.printf("OpenAPI: %d paths described, %d contract resources checked%n", paths.size(), CONTRACT.size());
        assertEquals(List.of(), missing, "in the contract but not in /openapi; described: " + paths.keySet());
    }

    @Test
    @DisplayName("request counts and times of IMAP's servlets are in the server's metrics")
    void requestMetrics() throws Exception {
        assertEquals(200, api.get("me", "prac.sam", PASSWORD).status());
        HttpResponse<String> metrics = get(MANAGEMENT.resolve("metrics"), "text/plain");
        assertEquals(200, metrics.statusCode());
        assertTrue(metrics.body().lines().anyMatch(line -> line.startsWith("wildfly_undertow_request_count_total")
                && line.contains("imap-web.war")), "no request count for imap-web.war");
        assertTrue(metrics.body().contains("wildfly_undertow_processing_time"), "no processing times");
    }

    private HttpResponse<String> get(URI uri, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(uri).header("Accept", accept).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
