package uk.imap.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonObject;
import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URL;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.Deployments;
import uk.imap.OverTheApi;

/**
 * PostgreSQL stopped under load and started again (the PostgreSQL run, on a machine where the test may control the
 * cluster, as CI's is): calls in flight and calls made while it is down get a 503 problem with Retry-After, a
 * signed-in person's page a 503 page that says to try again, readiness says DOWN, IMAP recovers by itself when the
 * database is back, and everything answered 201 is there with its audit event in a chain that verifies.
 */
class DatabaseOutageIT extends OverTheApi {

    static final String DRAFT = """
            {"source": "ANONYMOUS", "summary": "Written while the database goes away", "threshold": "EARLY_HELP",
             "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Ari", "familyName": "Hale",
             "relationship": "SUBJECT"}]}""";
    static final URI READY = URI.create("http://localhost:" + Deployments.MANAGEMENT_PORT + "/health/ready");

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    @DisplayName("R18 R22 PostgreSQL stopped under load: 503 problems, refusals too, a page's 503, readiness DOWN,"
            + " recovery without a restart, nothing half-written")
    void outageUnderLoad() throws Exception {
        assumeTrue(System.getProperty("imap.server.jvm.args", "").contains("postgresql"), "the PostgreSQL run only");
        String[] clusters = new File("/etc/postgresql").list();
        assumeTrue(clusters != null && clusters.length > 0 && "root".equals(System.getProperty("user.name")),
                "needs a local cluster this test may stop and start, as in CI");
        String version = clusters[clusters.length - 1];

        String bearer = "Bearer " + api.post("tokens", "prac.sam", PASSWORD, "").json().getString("accessToken");
        String read = api.post("enquiries", "prac.sam", PASSWORD, DRAFT).json().getString("reference");
        assertEquals(200, api.getWithAuthorization("enquiries/" + read, bearer).status(), "read before the outage");
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        assertEquals(200, signIn(browser, "prac.lee").statusCode(), "signed in to the pages before the outage");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> unclear = new ArrayList<>();
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService writers = Executors.newFixedThreadPool(6);
        List<Future<?>> work = new ArrayList<>();
        for (int w = 0; w < 6; w++) {
            work.add(writers.submit(() -> {
                while (writing.get()) {
                    Api.Answer answer = api.post("enquiries", "prac.sam", PASSWORD, DRAFT);
                    synchronized (statuses) {
                        statuses.merge(answer.status(), 1, Integer::sum);
                    }
                    if (answer.status() == 201) {
                        acknowledged.add(answer.json().getString("reference"));
                    } else if (answer.status() != 503 || answer.header("Retry-After") == null
                            || !"application/problem+json".equals(answer.header("Content-Type"))) {
                        unclear.add(answer.status() + " " + answer.raw().body());
                    }
                }
                return null;
            }));
        }
        try {
            Thread.sleep(2_000);
            cluster(version, "stop", "-m", "fast");
            Thread.sleep(3_000);
            Api.Answer whileDown = api.post("enquiries", "prac.sam", PASSWORD, DRAFT);
            assertEquals(503, whileDown.status(), whileDown.raw().body());
            assertEquals("application/problem+json", whileDown.header("Content-Type"));
            assertEquals(503, http.send(HttpRequest.newBuilder(READY).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode(), "readiness is DOWN while the database is");
            // A refusal is only answered once its audit event is stored: while it cannot be, the answer is 503 too.
            unavailable(api.getWithAuthorization("me", "Bearer not-a-token"), "a refused token");
            unavailable(api.getWithAuthorization("admin/users", bearer), "a call the account's roles do not allow");
            // A read of an enquiry meets the outage as the rest do: a 503, nothing shown.
            unavailable(api.getWithAuthorization("enquiries/" + read, bearer), "a read of an enquiry");
            // A page says so too, with a 503, not the failure page's 500.
            HttpResponse<String> page = browser.send(HttpRequest.newBuilder(worklist()).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(503, page.statusCode(), page.body());
            assertTrue(page.headers().firstValue("Retry-After").isPresent(), "the page says when to try again");
            assertTrue(page.body().contains("IMAP is unavailable for a moment"), page.body());
        } finally {
            cluster(version, "start");
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && acknowledgedSince(acknowledged.size(), acknowledged) == 0) {
            Thread.sleep(500);
        }
        writing.set(false);
        for (Future<?> each : work) {
            each.get();
        }
        writers.shutdown();
        System.out.printf("DatabaseOutageIT: answers %s; %d enquiries acknowledged%n", statuses, acknowledged.size());

        assertEquals(List.of(), unclear, "every answer is 201, or 503 problem+json with Retry-After");
        assertTrue(statuses.getOrDefault(503, 0) > 0, "some calls met the outage");
        assertEquals(200, http.send(HttpRequest.newBuilder(READY).build(), HttpResponse.BodyHandlers.ofString())
                .statusCode(), "ready again without a restart");
        for (String reference : acknowledged) {
            assertEquals(200, api.get("enquiries/" + reference, "prac.sam", PASSWORD).status(), reference);
            assertEquals(1, api.get("audit/events?record=" + reference + "&action=ENQUIRY_CREATED", "audit.max",
                    PASSWORD).array().size(), reference + " has its one creation event");
        }
        JsonObject verification = api.get("audit/verification", "audit.max", PASSWORD).json();
        assertTrue(verification.getBoolean("valid"), verification.toString());
        HttpResponse<String> back = browser.send(HttpRequest.newBuilder(worklist()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, back.statusCode(), "the same session's page is back: " + back.body());
    }

    private URI worklist() throws Exception {
        return new URL(base, "/imap/index.xhtml").toURI();
    }

    /** Signs in on the sign-in page as a browser does; the answer to the page first asked for. */
    private HttpResponse<String> signIn(HttpClient browser, String username) throws Exception {
        browser.send(HttpRequest.newBuilder(worklist()).build(), HttpResponse.BodyHandlers.discarding());
        HttpResponse<Void> signedIn = browser.send(HttpRequest.newBuilder(new URL(base, "/imap/j_security_check")
                        .toURI()).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("j_username=" + username + "&j_password="
                        + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals(303 / 100, signedIn.statusCode() / 100, "the sign-in form sends the browser on");
        return browser.send(HttpRequest.newBuilder(worklist()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void unavailable(Api.Answer answer, String what) {
        assertEquals(503, answer.status(), what + ": " + answer.raw().body());
        assertTrue(answer.header("Content-Type").startsWith("application/problem+json"), what);
        assertTrue(answer.header("Retry-After") != null, what + " says when to try again");
    }

    /** How many enquiries were acknowledged after the count {@code before}: the writers' sign that IMAP is back. */
    private static int acknowledgedSince(int before, Set<String> acknowledged) throws InterruptedException {
        Thread.sleep(1_000);
        return acknowledged.size() - before;
    }

    private static void cluster(String version, String... action) throws Exception {
        List<String> command = new ArrayList<>(List.of("pg_ctlcluster", "--skip-systemctl-redirect", version, "main"));
        command.addAll(List.of(action));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), String.join(" ", command) + "\n" + output);
    }
}
