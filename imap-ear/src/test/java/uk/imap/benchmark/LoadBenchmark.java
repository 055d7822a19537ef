package uk.imap.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * Load and soak over the REST API as partner systems use it: {@code imap.load.users} users (50) for
 * {@code imap.load.minutes} minutes (10), each reading an enquiry, the worklist, its own account, and creating
 * drafts, as two hub accounts, with a bearer token each (asked for with HTTP Basic, renewed every ten
 * minutes). Prints each kind of call's count, errors and latencies beside the most trivial
 * signed-in call (GET /me) measured in the same run; asserts nothing about time. With {@code -Dimap.load.soak=true}
 * it also prints heap (after a collection), threads and the database pool's connections before and after, once the
 * load has stopped and the server has been idle for a minute.
 *
 * <pre>
 * mvn verify -pl imap-ear -am -Pbenchmark,postgresql -Dit.test=LoadBenchmark                      (10 minutes, 50 users)
 * mvn verify -pl imap-ear -am -Pbenchmark,postgresql -Dit.test=LoadBenchmark -Dimap.load.users=20 \
 *     -Dimap.load.minutes=60 -Dimap.load.soak=true                                                   (the soak)
 * </pre>
 */
class LoadBenchmark extends OverTheApi {

    static final int USERS = Integer.getInteger("imap.load.users", 50);
    static final double MINUTES = Double.parseDouble(System.getProperty("imap.load.minutes", "10"));
    static final boolean SOAK = Boolean.getBoolean("imap.load.soak");
    static final List<String> ACCOUNTS = List.of("prac.sam", "mgr.ana");
    static final String DRAFT = """
            {"source": "ANONYMOUS", "summary": "Written under load", "threshold": "EARLY_HELP", "priority": "GREEN",
             "subjects": [{"kind": "CHILD", "givenName": "Ari", "familyName": "Hale", "relationship": "SUBJECT"}]}""";

    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();

    @Test
    void load() throws Exception {
        Map<String, Long> before = SOAK ? ServerState.read() : Map.of();
        List<String> references = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            references.add(api.post("enquiries", "prac.sam", PASSWORD, DRAFT).json().getString("reference"));
        }
        long deadline = System.nanoTime() + (long) (MINUTES * 60e9);
        ExecutorService users = Executors.newFixedThreadPool(USERS);
        List<Future<?>> running = new ArrayList<>();
        long started = System.nanoTime();
        for (int u = 0; u < USERS; u++) {
            String account = ACCOUNTS.get(u % ACCOUNTS.size());
            running.add(users.submit(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                // As a partner system works: a token from one password check, renewed before it expires.
                Bearer bearer = new Bearer(account);
                while (System.nanoTime() < deadline) {
                    String token = bearer.current();
                    int pick = random.nextInt(10);
                    if (pick < 4) {
                        call("GET /enquiries/{reference}", 200, () -> api.getWithAuthorization(
                                "enquiries/" + references.get(random.nextInt(references.size())), token));
                    } else if (pick < 6) {
                        call("GET /enquiries", 200, () -> api.getWithAuthorization("enquiries?size=50", token));
                    } else if (pick < 8) {
                        call("POST /enquiries", 201, () -> api.postWithAuthorization("enquiries", token, DRAFT));
                    } else {
                        call("GET /me", 200, () -> api.getWithAuthorization("me", token));
                    }
                }
                return null;
            }));
        }
        for (Future<?> user : running) {
            user.get();
        }
        users.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        print(seconds);
        if (SOAK) {
            Thread.sleep(60_000);
            Map<String, Long> after = ServerState.read();
            before.forEach((what, value) -> System.out.printf("LoadBenchmark soak: %-32s before %,14d  after %,14d%n",
                    what, value, after.get(what)));
        }
    }

    /** One user's bearer token, asked for with HTTP Basic and asked for again ten minutes later. */
    private final class Bearer {

        private final String account;
        private String token;
        private long renewAt;

        Bearer(String account) {
            this.account = account;
        }

        String current() throws Exception {
            if (token == null || System.nanoTime() > renewAt) {
                long started = System.nanoTime();
                Api.Answer issued = api.post("tokens", account, PASSWORD, "");
                for (int retry = 0; issued.status() == 503 && retry < 5; retry++) {
                    Thread.sleep(1_000); // as the answer's Retry-After asks: all users start at once
                    issued = api.post("tokens", account, PASSWORD, "");
                }
                latencies.computeIfAbsent("POST /tokens (Basic)", k -> Collections.synchronizedList(new ArrayList<>()))
                        .add(System.nanoTime() - started);
                if (issued.status() != 201) {
                    errors.computeIfAbsent("POST /tokens answered " + issued.status(), k -> new AtomicInteger())
                            .incrementAndGet();
                    return token;
                }
                token = "Bearer " + issued.json().getString("accessToken");
                renewAt = System.nanoTime() + 600_000_000_000L;
            }
            return token;
        }
    }

    interface Call {
        Api.Answer send() throws Exception;
    }

    private void call(String kind, int expected, Call call) {
        long started = System.nanoTime();
        int status;
        try {
            status = call.send().status();
        } catch (Exception e) {
            status = -1;
        }
        latencies.computeIfAbsent(kind, k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                .add(System.nanoTime() - started);
        if (status != expected) {
            errors.computeIfAbsent(kind + " answered " + status, k -> new AtomicInteger()).incrementAndGet();
        }
    }

    private void print(double seconds) {
        System.out.printf("LoadBenchmark: %d users for %.1f minutes against %s%n", USERS, seconds / 60,
                System.getProperty("imap.server.jvm.args", "").contains("postgresql") ? "PostgreSQL" : "H2");
        double floor = Latencies.percentile(latencies.getOrDefault("GET /me", List.of(1L)), 50);
        for (Map.Entry<String, List<Long>> kind : new TreeMap<>(latencies).entrySet()) {
            List<Long> times = kind.getValue();
            System.out.printf("  %-28s %7d calls %6.1f/s  p50 %7.1f ms (%4.1f x GET /me)  p90 %7.1f  p99 %7.1f"
                            + "  max %7.1f ms%n", kind.getKey(), times.size(), times.size() / seconds,
                    Latencies.percentile(times, 50) / 1e6, Latencies.percentile(times, 50) / floor,
                    Latencies.percentile(times, 90) / 1e6,
                    Latencies.percentile(times, 99) / 1e6, Latencies.percentile(times, 100) / 1e6);
        }
        System.out.println("  errors: " + (errors.isEmpty() ? "none" : new TreeMap<>(errors)));
    }
}
