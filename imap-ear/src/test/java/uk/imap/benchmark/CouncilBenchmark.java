package uk.imap.benchmark;

import jakarta.json.JsonObject;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.HubScenario;
import uk.imap.OverTheApi;

/**
 * Issue 16's benchmarks on the data {@link CouncilDataGenerator} made (same seed and scale): for 1, 10 and 50
 * concurrent users, each kind of page and call for {@code imap.council.seconds} (20) at each level (after as long
 * again untimed before its first level, {@code imap.council.warm-up}), beside its floor
 * measured in the same run (a trivial signed-in page, a trivial REST GET with a bearer token); then the users × roles
 * PDF, the verification of the whole chain, and the server's heap after the run. Prints figures, asserts nothing.
 *
 * <pre>
 * mvn verify -pl imap-ear -am -Pbenchmark,postgresql -Dit.test=CouncilBenchmark -Dimap.generate.scale=1
 * </pre>
 * {@code -Dimap.council.only=information-requests,worklist} measures only the kinds named so (and the floors).
 */
class CouncilBenchmark extends OverTheApi {

    static final int SECONDS = Integer.getInteger("imap.council.seconds", 20);
    /**
     * Each kind runs this long untimed before its first measure, at the same concurrency: measured cold, the first
     * page kind after a start came out at two thirds of the rate it had half a minute later in the same run.
     */
    static final int WARM_UP_SECONDS = Integer.getInteger("imap.council.warm-up", SECONDS);
    static final List<Integer> LEVELS = Arrays.stream(System.getProperty("imap.council.users", "1,10,50").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    /** Only the kinds whose names contain one of these (comma-separated), for a profile of one; the floors always. */
    static final List<String> ONLY = Arrays.stream(System.getProperty("imap.council.only", "").split(","))
            .map(String::strip).filter(kind -> !kind.isEmpty()).toList();
    static final CouncilPlan PLAN = CouncilPlan.of(CouncilDataGenerator.SEED, CouncilDataGenerator.SCALE);
    static final String PASSWORD_OF_GENERATED = CouncilDataGenerator.GENERATED_PASSWORD;

    private final Map<String, HttpClient> sessions = new ConcurrentHashMap<>();
    private final Map<String, List<String>> worklists = new ConcurrentHashMap<>();
    private final Set<String> warm = ConcurrentHashMap.newKeySet();
    private BearerTokens tokens;
    private List<String> practitioners;
    private List<String> writers;
    private List<String> responders;

    /** One timed action of one user; answers whether it did what it should. */
    interface Action {
        boolean run(String user) throws Exception;
    }

    /** What one kind of action measured at one level. */
    record Figures(String kind, int users, int count, int errors, double perSecond, double p50, double p95,
                   double p99) {
    }

    @Test
    void council() throws Exception {
        tokens = new BearerTokens(api);
        List<CouncilPlan.Account> accounts = PLAN.accounts();
        practitioners = accounts.stream().filter(a -> a.role().equals("PRACTITIONER"))
                .map(CouncilPlan.Account::username).toList();
        responders = accounts.stream().filter(a -> a.role().equals("AGENCY_RESPONDER"))
                .map(CouncilPlan.Account::username).toList();
        int most = LEVELS.stream().max(Integer::compare).orElse(1);
        // Reads and pages are measured as the first practitioners, new enquiries written as the others (over the
        // API, so several writers may share an account): a run's thousands of new enquiries would otherwise become
        // the caseloads the pages show, and no two runs would compare.
        writers = practitioners.size() > most ? practitioners.subList(most, practitioners.size()) : practitioners;
        // Tokens and page sessions first, outside the timing: each costs a password check, which partner systems
        // and people pay once, not per call.
        List<String> taking = new ArrayList<>(practitioners.subList(0, Math.min(most, practitioners.size())));
        taking.addAll(responders.subList(0, Math.min(most, responders.size())));
        writers.stream().limit(most).filter(user -> !taking.contains(user)).forEach(taking::add);
        ExecutorService signingIn = Executors.newFixedThreadPool(4);
        List<Callable<String>> signIns = taking.stream().<Callable<String>>map(user -> () -> {
            sessions.put(user, signedIn(user));
            return token(user);
        }).toList();
        for (Future<String> signedIn : signingIn.invokeAll(signIns)) {
            signedIn.get();
        }
        signingIn.shutdown();
        for (String user : practitioners.subList(0, Math.min(most, practitioners.size()))) {
            worklists.put(user, worklist(user));
        }
        System.out.printf("CouncilBenchmark: %s, seed %d, scale %s, %d s per kind and level%n", database(),
                PLAN.seed(), PLAN.scale(), SECONDS);
        for (int users : LEVELS) {
            Figures restFloor = measure("GET /me (REST floor)", users, practitioners, this::me);
            Figures pageFloor = measure("me.xhtml (page floor)", users, practitioners,
                    user -> page(user, "me.xhtml"));
            List<Figures> api = Arrays.asList(
                    measure("GET /enquiries/{reference}", users, practitioners, this::readEnquiry),
                    measure("GET /enquiries (worklist)", users, practitioners,
                            user -> get(user, "enquiries?size=50")),
                    measure("create, consent, open (4 calls)", users, writers, this::createConsentOpen),
                    measure("GET /information-requests (responder)", users, responders,
                            user -> get(user, "information-requests")),
                    measure("GET /information-requests?size=25 (responder, a page)", users, responders,
                            user -> get(user, "information-requests?size=25")));
            List<Figures> pages = Arrays.asList(
                    measure("index.xhtml (worklist page)", users, practitioners, user -> page(user, "index.xhtml")),
                    measure("enquiry/detail.xhtml", users, practitioners, user -> page(user,
                            "enquiry/detail.xhtml?reference=" + anyOf(worklists.get(user)))),
                    measure("agency/requests.xhtml (responder page)", users, responders,
                            user -> page(user, "agency/requests.xhtml")));
            print(restFloor, api);
            print(pageFloor, pages);
        }
        oneOffs();
        Map<String, Long> state = ServerState.read();
        state.forEach((what, value) -> System.out.printf("CouncilBenchmark: after the run, %-30s %,d%n", what, value));
    }

    private static boolean wanted(String kind) {
        return kind.contains("floor") || ONLY.isEmpty() || ONLY.stream().anyMatch(kind::contains);
    }

    private void oneOffs() throws Exception {
        String auditor = "audit.max";
        if (wanted("users × roles PDF")) {
            usersAndRoles(auditor);
        }
        if (wanted("verification")) {
            long started = System.nanoTime();
            Api.Answer verified = api.get("audit/verification", auditor, PASSWORD);
            double seconds = (System.nanoTime() - started) / 1e9;
            long events = verified.json().getJsonNumber("eventsChecked").longValue();
            System.out.printf("CouncilBenchmark: verification of the whole chain: %,d events in %.1f s (%,.0f events/s),"
                    + " valid %s%n", events, seconds, events / seconds, verified.json().getBoolean("valid"));
        }
    }

    private void usersAndRoles(String auditor) throws Exception {
        List<Long> floor = new ArrayList<>();
        List<Long> pdf = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            me(auditor);
            floor.add(System.nanoTime() - started);
            started = System.nanoTime();
            Api.Answer report = api.get("reports/users-roles", auditor, PASSWORD, "application/pdf");
            pdf.add(System.nanoTime() - started);
            if (report.status() != 200) {
                throw new IllegalStateException("users × roles PDF: " + report.status());
            }
        }
        System.out.printf("CouncilBenchmark: users × roles PDF for %d accounts: p50 %.0f ms (GET /me with Basic in the"
                        + " same loop: %.0f ms)%n", api.get("admin/users", "admin.eve", PASSWORD).array().size(),
                Latencies.percentile(pdf, 50) / 1e6, Latencies.percentile(floor, 50) / 1e6);
    }

    private Figures measure(String kind, int users, List<String> accounts, Action action) throws Exception {
        if (!wanted(kind)) {
            return null;
        }
        if (warm.add(kind) && WARM_UP_SECONDS > 0) {
            load(kind, users, accounts, action, WARM_UP_SECONDS);
        }
        return load(kind, users, accounts, action, SECONDS);
    }

    private Figures load(String kind, int users, List<String> accounts, Action action, int forSeconds)
            throws Exception {
        List<Long> times = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger errors = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(users);
        long deadline = System.nanoTime() + forSeconds * 1_000_000_000L;
        long started = System.nanoTime();
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            String user = accounts.get(u % accounts.size());
            running.add(threads.submit(() -> {
                while (System.nanoTime() < deadline) {
                    long began = System.nanoTime();
                    boolean done;
                    try {
                        done = action.run(user);
                    } catch (Exception e) {
                        done = false;
                    }
                    times.add(System.nanoTime() - began);
                    if (!done) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> each : running) {
            each.get();
        }
        threads.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        return new Figures(kind, users, times.size(), errors.get(), times.size() / seconds,
                Latencies.percentile(times, 50) / 1e6, Latencies.percentile(times, 95) / 1e6,
                Latencies.percentile(times, 99) / 1e6);
    }

    private static void print(Figures floor, List<Figures> measured) {
        List<Figures> all = new ArrayList<>(List.of(floor));
        measured.stream().filter(Objects::nonNull).forEach(all::add);
        for (Figures f : all) {
            System.out.printf("CouncilBenchmark: %2d users  %-40s %7d  %7.1f/s (%4.2f x floor)  p50 %7.1f  p95 %7.1f"
                            + " (%4.2f x floor)  p99 %7.1f ms  errors %d%n", f.users(), f.kind(), f.count(),
                    f.perSecond(), f.perSecond() / floor.perSecond(), f.p50(), f.p95(), f.p95() / floor.p95(),
                    f.p99(), f.errors());
        }
    }

    private boolean me(String user) throws Exception {
        return get(user, "me");
    }

    private boolean get(String user, String path) throws Exception {
        return api.getWithAuthorization(path, token(user)).status() == 200;
    }

    private boolean readEnquiry(String user) throws Exception {
        return get(user, "enquiries/" + anyOf(worklists.get(user)));
    }

    private boolean createConsentOpen(String user) throws Exception {
        String token = token(user);
        Api.Answer created = api.postWithAuthorization("enquiries", token, """
                {"source": "ANONYMOUS", "summary": "Written by the benchmark", "threshold": "EARLY_HELP",
                 "priority": "GREEN", "subjects": [{"kind": "CHILD", "givenName": "Ari", "familyName": "Hale",
                 "relationship": "SUBJECT"}]}""");
        if (created.status() != 201) {
            return false;
        }
        String reference = created.json().getString("reference");
        if (api.postWithAuthorization("enquiries/" + reference + "/consent-decisions", token,
                HubScenario.Consent.GRANTED.json()).status() != 201) {
            return false;
        }
        Api.Answer read = api.getWithAuthorization("enquiries/" + reference, token);
        return api.postWithAuthorization("enquiries/" + reference + "/transitions", token, "{\"to\": \"OPEN\","
                + " \"version\": " + read.json().getJsonNumber("version").longValue() + "}").status() == 200;
    }

    private List<String> worklist(String user) throws Exception {
        Api.Answer listed = api.getWithAuthorization("enquiries?size=50", token(user));
        List<String> references = listed.json().getJsonArray("enquiries").getValuesAs(JsonObject.class).stream()
                .map(enquiry -> enquiry.getString("reference")).toList();
        if (references.isEmpty()) {
            throw new IllegalStateException(user + " has no enquiries: run CouncilDataGenerator with the same seed"
                    + " and scale first");
        }
        return references;
    }

    private String token(String user) throws Exception {
        return tokens.header(user, PASSWORD_OF_GENERATED);
    }

    /**
     * A page as a signed-in person sees it: a session made once by the sign-in form, then its cookie. A session that
     * ended while its user measured other kinds (15 minutes idle) is signed in again, as the person would.
     */
    private boolean page(String user, String path) throws Exception {
        if (shows(sessions.computeIfAbsent(user, this::signedIn), path)) {
            return true;
        }
        HttpClient again = signedIn(user);
        sessions.put(user, again);
        return shows(again, path);
    }

    private boolean shows(HttpClient session, String path) throws Exception {
        HttpResponse<String> shown = session.send(HttpRequest.newBuilder(pageUri(path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return shown.statusCode() == 200 && shown.body().contains("signOutButton");
    }

    private HttpClient signedIn(String user) {
        HttpClient session = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        try {
            session.send(HttpRequest.newBuilder(pageUri("me.xhtml")).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            String form = "j_username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&j_password="
                    + URLEncoder.encode(PASSWORD_OF_GENERATED, StandardCharsets.UTF_8);
            session.send(HttpRequest.newBuilder(pageUri("j_security_check"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            return session;
        } catch (Exception e) {
            throw new IllegalStateException("sign-in of " + user, e);
        }
    }

    private URI pageUri(String path) {
        return URI.create(base.toString()).resolve("/imap/" + path);
    }

    private static String anyOf(List<String> references) {
        return references.get(ThreadLocalRandom.current().nextInt(references.size()));
    }

    private static String database() {
        return System.getProperty("imap.server.jvm.args", "").contains("postgresql") ? "PostgreSQL" : "H2";
    }
}
