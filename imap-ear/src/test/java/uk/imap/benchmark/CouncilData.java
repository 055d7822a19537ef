package uk.imap.benchmark;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.stream.Collectors;
import uk.imap.Api;
import uk.imap.HubScenario;

/**
 * Fills IMAP with a {@link CouncilPlan} through its own REST API, as the hub and its partner agencies would: every
 * account, enquiry, consent decision, request, answer and closure passes the application's rules and writes its
 * audit events, so the data is valid and the audit chain verifies. Partner systems' way in: a bearer token per
 * account, asked for once with HTTP Basic. Prints its progress every ten seconds and what it made at the end.
 */
final class CouncilData {

    /** What a run made, and how long it took. */
    record Made(int accounts, int enquiries, long people, long requests, long answers, long closed, long calls,
                double seconds, List<String> references) {
    }

    private final Api api;
    private final CouncilPlan plan;
    private final String password;
    private final BearerTokens tokens;
    private final AtomicLong calls = new AtomicLong();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong people = new AtomicLong();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong answers = new AtomicLong();
    private final AtomicLong closed = new AtomicLong();
    private final AtomicReferenceArray<String> references;

    CouncilData(Api api, CouncilPlan plan, String password) {
        this.api = api;
        this.plan = plan;
        this.password = password;
        this.tokens = new BearerTokens(api);
        this.references = new AtomicReferenceArray<>(plan.enquiries());
    }

    /** Makes the accounts as the administrator given, then the enquiries with {@code threads} at once. */
    Made make(String administrator, String administratorPassword, int threads) throws Exception {
        return make(administrator, administratorPassword, threads, 0);
    }

    /**
     * As {@link #make(String, String, int)}, from enquiry number {@code from} on: a run that stopped is continued
     * with the number of enquiries it printed as made. Each enquiry's plan depends on its number alone, so the rest
     * is what one run would have made; the few in flight when it stopped may be made twice or left part made, each
     * step of them valid.
     */
    Made make(String administrator, String administratorPassword, int threads, int from) throws Exception {
        long started = System.nanoTime();
        List<CouncilPlan.Account> accounts = plan.accounts();
        ScheduledExecutorService progress = Executors.newSingleThreadScheduledExecutor();
        progress.scheduleAtFixedRate(() -> System.out.printf(
                "CouncilData: %,d of %,d enquiries, %,d calls (%,.0f a second), %.0f s%n", done.get(),
                plan.enquiries(), calls.get(), calls.get() / seconds(started), seconds(started)),
                10, 10, TimeUnit.SECONDS);
        ExecutorService workers = Executors.newFixedThreadPool(threads);
        try {
            String admin = tokens.header(administrator, administratorPassword);
            Set<String> existing = existingAccounts(admin);
            all(workers, accounts.stream().filter(account -> !existing.contains(account.username()))
                    .<Work>map(account -> () -> makeAccount(admin, account)).toList());
            System.out.printf("CouncilData: %,d accounts in %.0f s%n", accounts.size(), seconds(started));
            Map<String, List<String>> teams = plan.practitionersByTeam();
            List<Work> enquiries = new ArrayList<>();
            if (from > 0) {
                System.out.printf("CouncilData: continuing from enquiry %,d%n", from);
            }
            for (int number = from; number < plan.enquiries(); number++) {
                CouncilPlan.EnquiryPlan enquiry = plan.enquiry(number, teams.get(plan.teamOf(number)));
                enquiries.add(() -> make(enquiry));
            }
            all(workers, enquiries);
        } finally {
            workers.shutdownNow(); // after a failure, the work still queued is not begun
            progress.shutdown();
        }
        List<String> byNumber = new ArrayList<>();
        for (int number = 0; number < references.length(); number++) {
            byNumber.add(references.get(number));
        }
        Made made = new Made(accounts.size(), (int) done.get(), people.get(), requests.get(), answers.get(),
                closed.get(), calls.get(), seconds(started), byNumber);
        System.out.printf("CouncilData: made %,d accounts, %,d enquiries, %,d people on them, %,d requests,"
                + " %,d answers, %,d closed, in %,d calls and %.0f s (seed %d, scale %s)%n", made.accounts(),
                made.enquiries(), made.people(), made.requests(), made.answers(), made.closed(), made.calls(),
                made.seconds(), plan.seed(), plan.scale());
        return made;
    }

    // Made by an earlier run against the same server, as planned.
    private Set<String> existingAccounts(String administratorToken) throws Exception {
        Api.Answer listed = api.getWithAuthorization("admin/users", administratorToken);
        expect(200, listed, "GET admin/users");
        return listed.array().getValuesAs(JsonObject.class).stream().map(account -> account.getString("username"))
                .collect(Collectors.toSet());
    }

    private void makeAccount(String administratorToken, CouncilPlan.Account account) throws Exception {
        Api.Answer created = api.postWithAuthorization("admin/users", administratorToken, """
                {"username": "%s", "password": "%s", "roles": ["%s"], "agency": "%s", "teams": [%s]}"""
                .formatted(account.username(), password, account.role(), account.agency(),
                        account.team() == null ? "" : "\"" + account.team() + "\""));
        calls.incrementAndGet();
        expect(201, created, "POST admin/users " + account.username());
    }

    private void make(CouncilPlan.EnquiryPlan enquiry) throws Exception {
        String owner = enquiry.owner();
        String reference = call(201, "enquiries", owner, draft(enquiry)).json().getString("reference");
        people.addAndGet(enquiry.people().size());
        if (enquiry.stage() != CouncilPlan.Stage.DRAFT) {
            call(201, "enquiries/" + reference + "/consent-decisions", owner,
                    enquiry.consent().json());
            call(200, "enquiries/" + reference + "/transitions", owner,
                    "{\"to\": \"OPEN\", \"version\": " + version(reference, owner) + "}");
        }
        boolean asks = enquiry.stage().compareTo(CouncilPlan.Stage.ASKED) >= 0;
        List<Long> asked = new ArrayList<>();
        for (int i = 0; asks && i < enquiry.agencies().size(); i++) {
            asked.add(call(201, "enquiries/" + reference + "/information-requests", owner,
                    request(enquiry.agencies().get(i))).json().getJsonNumber("id").longValue());
            requests.incrementAndGet();
        }
        boolean answers = enquiry.stage().compareTo(CouncilPlan.Stage.ANSWERED) >= 0;
        for (int i = 0; answers && i < asked.size(); i++) {
            call(201, "information-requests/" + asked.get(i) + "/disclosure", enquiry.responders().get(i),
                    answer(enquiry, enquiry.agencies().get(i)));
            this.answers.incrementAndGet();
        }
        for (int read = 0; read < enquiry.reads(); read++) {
            version(reference, owner);
        }
        if (enquiry.stage() == CouncilPlan.Stage.CLOSED) {
            call(200, "enquiries/" + reference + "/transitions", owner, """
                    {"to": "CLOSED", "version": %d, "outcome": "%s", "reasons": "Decided at the hub's meeting"}"""
                    .formatted(version(reference, owner), enquiry.outcome()));
            closed.incrementAndGet();
        }
        references.set(enquiry.number(), reference);
        done.incrementAndGet();
    }

    private static String draft(CouncilPlan.EnquiryPlan enquiry) {
        String subjects = enquiry.people().stream().map(p -> """
                {"kind": "%s", "givenName": "%s", "familyName": "%s", "dateOfBirth": "%s", "address": "%s",
                 "relationship": "%s"}""".formatted(p.kind(), p.givenName(), p.familyName(), p.dateOfBirth(),
                p.address(), p.relationship())).collect(Collectors.joining(", "));
        return """
                {"source": "PROFESSIONAL", "referrer": {"name": "Duty desk", "organisation": "Generated school",
                 "contact": "01632 960000"}, "summary": "Generated enquiry %d", "threshold": "%s", "priority": "%s",
                 "subjects": [%s]}""".formatted(enquiry.number(), enquiry.threshold(), enquiry.priority(), subjects);
    }

    private static String request(String agency) {
        return """
                {"agency": "%s", "purpose": "Decide what the child needs",
                 "necessity": "The agency may know the family", "legalGateways": ["CHILDREN_ACT_2004_S11"],
                 "categories": ["%s"],
                 "helpIfProvided": "Shows what the child lives with", "hindranceIfWithheld": "A risk may be missed"}"""
                .formatted(agency, category(agency));
    }

    private static String answer(CouncilPlan.EnquiryPlan enquiry, String agency) {
        if (enquiry.consent() == HubScenario.Consent.REFUSED) {
            return """
                    {"decision": "DECLINE", "reasons": "Consent was refused and no override exists",
                     "caldicott": %s}""".formatted(HubScenario.CALDICOTT);
        }
        return """
                {"decision": "SHARE_ALL", "reasons": "Relevant to the child's safety", "consentBasis": "%s",
                 "items": [{"category": "%s", "content": "Known to the agency since last year",
                            "reliability": "VERIFIED", "sensitivity": "STANDARD"}], "caldicott": %s}"""
                .formatted(enquiry.consent().name(), category(agency), HubScenario.CALDICOTT);
    }

    private static String category(String agency) {
        return CouncilPlan.AGENCIES.stream().filter(a -> a[0].equals(agency)).findFirst().orElseThrow()[1];
    }

    private long version(String reference, String owner) throws Exception {
        Api.Answer read = retried(() -> api.getWithAuthorization("enquiries/" + reference,
                tokens.header(owner, password)));
        expect(200, read, "GET enquiries/" + reference);
        return read.json().getJsonNumber("version").longValue();
    }

    private Api.Answer call(int expected, String path, String account, String json) throws Exception {
        Api.Answer answer = retried(() -> api.postWithAuthorization(path, tokens.header(account, password), json));
        expect(expected, answer, "POST " + path + " as " + account);
        return answer;
    }

    /** One call of the API. */
    interface Call {
        Api.Answer send() throws Exception;
    }

    // As partner systems are told: a 503 saved nothing, and the same call may be made again after Retry-After.
    private Api.Answer retried(Call call) throws Exception {
        calls.incrementAndGet();
        Api.Answer answer = call.send();
        for (int retry = 0; answer.status() == 503 && retry < 10; retry++) {
            String after = answer.header("Retry-After");
            Thread.sleep(1_000L * (after == null ? 1 : Long.parseLong(after.strip())));
            calls.incrementAndGet();
            answer = call.send();
        }
        return answer;
    }

    private static void expect(int expected, Api.Answer answer, String what) {
        if (answer.status() != expected) {
            throw new IllegalStateException(what + ": " + answer.status() + " " + answer.raw().body());
        }
    }

    interface Work {
        void run() throws Exception;
    }

    private static void all(ExecutorService workers, List<Work> work) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (Work each : work) {
            running.add(workers.submit(() -> {
                each.run();
                return null;
            }));
        }
        for (Future<?> each : running) {
            each.get();
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }
}
