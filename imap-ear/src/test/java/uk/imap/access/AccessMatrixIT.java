package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * R16, generated: every caller (one user per role, and nobody signed in) × every REST endpoint and every page × a
 * record inside and one outside the caller's need to know. An allowed call is never 401 or 403 and never fails; a
 * refused one is a 403 that wrote exactly one ACCESS_DENIED event; nobody signed in gets 401 or the sign-in page.
 * API calls carry a bearer token issued once per caller, pages a password (HTTP Basic): the roles are the same either
 * way, and a password check per call (bcrypt) made this test take minutes.
 */
class AccessMatrixIT extends OverTheApi {

    /** One user per role, and {@code null} for nobody signed in. */
    static final List<String> CALLERS = Arrays.asList(null, "prac.sam", "mgr.ana", "police.ray", "cg.pat",
            "audit.max", "admin.eve");

    static final Set<String> HUB = Set.of("prac.sam", "mgr.ana");

    /** Who may make the call, given whether the record is inside the hub team A's need to know. */
    interface Rule {
        boolean allows(String caller, boolean inside);
    }

    record Cell(String kind, String method, String path, String body, Rule rule) {
    }

    static Rule roles(String... users) {
        Set<String> allowed = Set.of(users);
        return (caller, inside) -> allowed.contains(caller);
    }

    static final Rule TEAM_A = (caller, inside) -> inside && HUB.contains(caller);
    static final Rule MANAGER_OF_TEAM_A = (caller, inside) -> inside && "mgr.ana".equals(caller);

    static List<Cell> cells() {
        List<Cell> cells = new ArrayList<>();
        cells.add(new Cell("api", "GET", "me", null, roles("prac.sam", "mgr.ana", "police.ray", "cg.pat", "audit.max",
                "admin.eve")));
        cells.add(new Cell("api", "GET", "enquiries", null, roles("prac.sam", "mgr.ana")));
        cells.add(new Cell("api", "GET", "enquiries/{ref}", null, TEAM_A));
        cells.add(new Cell("api", "PUT", "enquiries/{ref}", """
                {"version": 999999, "source": "ANONYMOUS", "summary": "x", "threshold": "EARLY_HELP", "priority": "RED",
                 "subjects": [{"kind": "CHILD", "givenName": "A", "familyName": "B", "relationship": "SUBJECT"}]}""",
                TEAM_A));
        cells.add(new Cell("api", "POST", "enquiries/{ref}/consent-decisions", "{\"kind\": \"GRANTED\"}", TEAM_A));
        cells.add(new Cell("api", "GET", "enquiries/{ref}/consent-decisions", null, TEAM_A));
        cells.add(new Cell("api", "POST", "enquiries/{ref}/transitions", "{\"to\": \"CLOSED\", \"version\": 999999}",
                TEAM_A));
        cells.add(new Cell("api", "POST", "enquiries/{ref}/information-requests", "{\"agency\": \"POLICE\"}", TEAM_A));
        cells.add(new Cell("api", "GET", "enquiries/{ref}/information-requests", null, TEAM_A));
        cells.add(new Cell("api", "POST", "enquiries/{ref}/consent-overrides", "{}", TEAM_A));
        cells.add(new Cell("api", "GET", "enquiries/{ref}/consent-overrides", null, TEAM_A));
        cells.add(new Cell("api", "GET", "enquiries/{ref}/chronology", null, TEAM_A));
        cells.add(new Cell("api", "GET", "enquiries/{ref}/notes", null, TEAM_A));
        cells.add(new Cell("api", "GET", "enquiries/{ref}/documents", null, TEAM_A));
        cells.add(new Cell("file", "POST", "enquiries/{ref}/documents", null, TEAM_A));
        cells.add(new Cell("api", "GET", "documents/{doc}", null, TEAM_A));
        cells.add(new Cell("api", "GET", "information-requests/{req}/documents", null,
                (caller, inside) -> "police.ray".equals(caller) || TEAM_A.allows(caller, inside)));
        cells.add(new Cell("file", "POST", "information-requests/{req}/documents", null, roles("police.ray")));
        cells.add(new Cell("api", "POST", "enquiries/{ref}/notes", "{\"kind\": \"NOTE\", \"text\": \"Matrix\"}",
                TEAM_A));
        cells.add(new Cell("api", "POST", "enquiries/{ref}/assignments",
                "{\"change\": \"ADD\", \"username\": \"\", \"reason\": \"\"}", MANAGER_OF_TEAM_A));
        cells.add(new Cell("api", "POST", "enquiries/{ref}/emergency-access", "{\"reason\": \"\"}",
                roles("prac.sam", "mgr.ana")));
        cells.add(new Cell("api", "GET", "decisions?enquiry={ref}", null, TEAM_A));
        cells.add(new Cell("api", "POST", "advice-requests",
                "{\"enquiryReference\": \"{ref}\", \"question\": \"\", \"advisorRole\": \"MANAGER\"}", TEAM_A));
        cells.add(new Cell("api", "GET", "advice-requests/{advice}", null,
                (caller, inside) -> "mgr.ana".equals(caller) || inside && "prac.sam".equals(caller)));
        cells.add(new Cell("api", "GET", "information-requests/{req}", null,
                (caller, inside) -> "police.ray".equals(caller) || TEAM_A.allows(caller, inside)));
        cells.add(new Cell("api", "POST", "information-requests/{req}/disclosure", "{}", roles("police.ray")));
        cells.add(new Cell("api", "POST", "information-requests/{req}/withdrawal", "{\"reason\": \"\"}", TEAM_A));
        cells.add(new Cell("api", "GET", "information-requests", null, roles("police.ray")));
        cells.add(new Cell("api", "GET", "information-requests?overdue=true", null,
                roles("prac.sam", "mgr.ana", "police.ray")));
        cells.add(new Cell("api", "GET", "people/matches?givenName=Robin&familyName=Jones", null,
                roles("prac.sam", "mgr.ana")));
        cells.add(new Cell("api", "GET", "search?q=Robin%20Jones", null, roles("prac.sam", "mgr.ana")));
        cells.add(new Cell("api", "GET", "teams/HUB_TEAM_A/workload", null, roles("mgr.ana")));
        cells.add(new Cell("api", "GET", "tasks", null, roles("prac.sam", "mgr.ana", "police.ray", "cg.pat",
                "audit.max", "admin.eve")));
        cells.add(new Cell("api", "GET", "people/{person}", null, TEAM_A));
        cells.add(new Cell("api", "GET", "reviews", null, roles("cg.pat")));
        cells.add(new Cell("api", "GET", "reviews/flagged", null, roles("mgr.ana")));
        cells.add(new Cell("api", "GET", "reviews?kind=EMERGENCY_ACCESS", null, roles("cg.pat")));
        cells.add(new Cell("api", "GET", "consent-overrides", null, roles("mgr.ana", "cg.pat")));
        cells.add(new Cell("api", "GET", "advice-requests", null, roles("mgr.ana", "cg.pat")));
        cells.add(new Cell("api", "GET", "audit/events?user=nobody", null, roles("audit.max")));
        cells.add(new Cell("api", "GET", "audit/verification", null, roles("audit.max")));
        cells.add(new Cell("api", "GET", "reports/role-permissions", null, roles("audit.max", "admin.eve")));
        cells.add(new Cell("api", "GET", "reports/decision-statistics", null, roles("mgr.ana", "audit.max")));
        cells.add(new Cell("api", "GET", "reports/users-roles", null, roles("audit.max", "admin.eve")));
        cells.add(new Cell("api", "GET", "reports/access?user=nobody", null, roles("audit.max")));
        cells.add(new Cell("api", "GET", "reports/privileged-changes", null, roles("audit.max")));
        cells.add(new Cell("api", "GET", "admin/users", null, roles("admin.eve")));
        cells.add(new Cell("api", "GET", "admin/legal-gateways", null, roles("admin.eve")));
        cells.add(new Cell("api", "GET", "admin/concern-categories", null, roles("admin.eve")));
        cells.add(new Cell("api", "GET", "admin/agencies", null, roles("admin.eve")));
        cells.add(new Cell("api", "GET", "admin/response-times", null, roles("admin.eve", "prac.sam", "mgr.ana")));
        cells.add(new Cell("api", "PUT", "admin/response-times", "{\"RED\": 4, \"AMBER\": 24, \"GREEN\": 72}",
                roles("admin.eve")));
        cells.add(new Cell("api", "GET", "admin/decision-times", null, roles("admin.eve", "prac.sam", "mgr.ana")));
        cells.add(new Cell("api", "PUT", "admin/decision-times", "{\"RED\": 4, \"AMBER\": 24, \"GREEN\": 24}",
                roles("admin.eve")));
        cells.add(new Cell("api", "GET", "admin/bank-holidays", null, roles("admin.eve", "prac.sam", "mgr.ana")));
        cells.add(new Cell("page", "GET", "index.xhtml", null, roles("prac.sam", "mgr.ana", "police.ray", "cg.pat",
                "audit.max", "admin.eve")));
        cells.add(new Cell("page", "GET", "me.xhtml", null, roles("prac.sam", "mgr.ana", "police.ray", "cg.pat",
                "audit.max", "admin.eve")));
        cells.add(new Cell("page", "GET", "enquiry/new.xhtml", null, roles("prac.sam", "mgr.ana")));
        cells.add(new Cell("page", "GET", "enquiry/detail.xhtml?reference={ref}", null, TEAM_A));
        cells.add(new Cell("page", "GET", "enquiry/edit.xhtml?reference={ref}", null, TEAM_A));
        cells.add(new Cell("page", "GET", "enquiry/decisions.xhtml?reference={ref}", null, TEAM_A));
        cells.add(new Cell("page", "GET", "enquiry/emergency.xhtml", null, roles("prac.sam", "mgr.ana")));
        cells.add(new Cell("page", "GET", "search.xhtml?q=Robin%20Jones", null, roles("prac.sam", "mgr.ana")));
        cells.add(new Cell("page", "GET", "team.xhtml", null, roles("mgr.ana")));
        cells.add(new Cell("page", "GET", "person.xhtml?id={person}", null, TEAM_A));
        cells.add(new Cell("page", "GET", "requests/overdue.xhtml", null, roles("prac.sam", "mgr.ana")));
        cells.add(new Cell("page", "GET", "agency/requests.xhtml", null, roles("police.ray")));
        cells.add(new Cell("page", "GET", "agency/answer.xhtml?id={req}", null, roles("police.ray")));
        cells.add(new Cell("page", "GET", "reviews.xhtml", null, roles("cg.pat")));
        cells.add(new Cell("page", "GET", "overrides/pending.xhtml", null, roles("mgr.ana", "cg.pat")));
        cells.add(new Cell("page", "GET", "advice.xhtml", null, roles("mgr.ana", "cg.pat")));
        cells.add(new Cell("page", "GET", "reports/decision-statistics.xhtml", null, roles("mgr.ana", "audit.max")));
        cells.add(new Cell("page", "GET", "reports/audit.xhtml", null, roles("audit.max", "admin.eve")));
        cells.add(new Cell("page", "GET", "reports/audit-search.xhtml", null, roles("audit.max")));
        cells.add(new Cell("api", "GET", "admin/checkpoint-keys", null, roles("admin.eve", "audit.max")));
        cells.add(new Cell("api", "GET", "audit/feed", null, roles("audit.max")));
        cells.add(new Cell("api", "GET", "admin/retention-schedule", null, roles("admin.eve", "mgr.ana", "cg.pat")));
        cells.add(new Cell("api", "GET", "disposals", null, roles("mgr.ana", "cg.pat")));
        cells.add(new Cell("page", "GET", "disposals.xhtml", null, roles("mgr.ana", "cg.pat")));
        // The records here are open: an allowed decision is refused as not closed (409), and nothing is disposed of.
        cells.add(new Cell("api", "POST", "disposals/{ref}", "{\"confirm\": true}",
                (caller, inside) -> "cg.pat".equals(caller) || inside && "mgr.ana".equals(caller)));
        cells.add(new Cell("page", "GET", "admin/retention.xhtml", null, roles("admin.eve")));
        cells.add(new Cell("page", "GET", "admin/users.xhtml", null, roles("admin.eve")));
        cells.add(new Cell("page", "GET", "admin/lists.xhtml", null, roles("admin.eve")));
        cells.add(new Cell("page", "GET", "admin/due-times.xhtml", null, roles("admin.eve")));
        return cells;
    }

    /** An open enquiry about one child with a police request and an advice question, owned by {@code owner}. */
    record Record(String reference, long request, long advice, long person, long document) {
    }

    Record record(String owner) throws Exception {
        String reference = api.post("enquiries", owner, PASSWORD, """
                {"source": "ANONYMOUS", "summary": "Matrix", "threshold": "EARLY_HELP", "priority": "GREEN",
                 "subjects": [{"kind": "CHILD", "givenName": "Robin", "familyName": "Jones", "relationship": "SUBJECT"}]}
                """).json().getString("reference");
        api.post("enquiries/" + reference + "/consent-decisions", owner, PASSWORD,
                "{\"kind\": \"NOT_SOUGHT\", \"grounds\": [\"RISK_OF_HARM\"], \"justification\": \"Risk\"}");
        long version = api.get("enquiries/" + reference, owner, PASSWORD).json().getJsonNumber("version").longValue();
        api.post("enquiries/" + reference + "/transitions", owner, PASSWORD,
                "{\"to\": \"OPEN\", \"version\": " + version + "}");
        long request = api.post("enquiries/" + reference + "/information-requests", owner, PASSWORD, """
                {"agency": "POLICE", "purpose": "p", "necessity": "n", "legalGateways": ["CHILDREN_ACT_1989_S47"],
                 "categories": ["HEALTH"], "helpIfProvided": "h", "hindranceIfWithheld": "w"}""")
                .json().getJsonNumber("id").longValue();
        long advice = api.post("advice-requests", owner, PASSWORD, "{\"enquiryReference\": \"" + reference
                + "\", \"question\": \"What now?\", \"advisorRole\": \"MANAGER\"}").json().getJsonNumber("id").longValue();
        long person = api.get("enquiries/" + reference, owner, PASSWORD).json().getJsonArray("subjects")
                .getJsonObject(0).getJsonNumber("id").longValue();
        long document = api.postFile("enquiries/" + reference + "/documents", owner, PASSWORD, "note.txt",
                "Matrix".getBytes(java.nio.charset.StandardCharsets.UTF_8)).json().getJsonNumber("id").longValue();
        return new Record(reference, request, advice, person, document);
    }

    /** One call made: who, where, what came back, and when it ran, to match the audit events it wrote. */
    record Outcome(String caller, String where, boolean allowed, int status, boolean signInPage, Instant start,
                   Instant end) {
    }

    /** When each ACCESS_DENIED event of the caller since {@code since} occurred. */
    List<Instant> denials(String caller, OffsetDateTime since) throws Exception {
        return api.get("audit/events?action=ACCESS_DENIED&user=" + caller + "&from=" + since, "audit.max", PASSWORD)
                .array().getValuesAs(JsonObject.class).stream()
                .map(event -> OffsetDateTime.parse(event.getString("occurredAt")).toInstant()).toList();
    }

    @Test
    @DisplayName("R16 every role and nobody × every endpoint and page × inside and outside need to know")
    void theMatrix() throws Exception {
        OffsetDateTime since = OffsetDateTime.now(ZoneOffset.UTC).minusSeconds(5);
        Record inside = record("prac.sam");
        Record outside = record("prac.lee");
        Map<String, String> tokens = new HashMap<>();
        for (String caller : CALLERS) {
            if (caller != null) {
                String token = api.post("tokens", caller, PASSWORD, "").json().getString("accessToken");
                tokens.put(caller, "Bearer " + token);
            }
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (Cell cell : cells()) {
            for (boolean isInside : new boolean[] {true, false}) {
                Record target = isInside ? inside : outside;
                String path = cell.path().replace("{ref}", target.reference())
                        .replace("{req}", String.valueOf(target.request()))
                        .replace("{advice}", String.valueOf(target.advice()))
                        .replace("{person}", String.valueOf(target.person()))
                        .replace("{doc}", String.valueOf(target.document()));
                String body = cell.body() == null ? null : cell.body().replace("{ref}", target.reference());
                for (String caller : CALLERS) {
                    Instant start = Instant.now();
                    Api.Answer answer = call(cell, path, body, caller, tokens.get(caller));
                    outcomes.add(new Outcome(caller, cell.method() + " " + path + " as " + caller,
                            caller != null && cell.rule().allows(caller, isInside), answer.status(),
                            cell.kind().equals("page") && answer.status() == 200
                                    && answer.raw().body().contains("signInButton"), start, Instant.now()));
                }
            }
        }
        // The calls ran one after another, so each denial event belongs to the call whose time span holds it.
        Map<String, List<Instant>> denied = new HashMap<>();
        for (String caller : CALLERS) {
            if (caller != null) {
                denied.put(caller, denials(caller, since));
            }
        }
        List<String> failures = new ArrayList<>();
        for (Outcome outcome : outcomes) {
            long written = outcome.caller() == null ? 0 : denied.get(outcome.caller()).stream()
                    .filter(at -> !at.isBefore(outcome.start()) && !at.isAfter(outcome.end())).count();
            if (outcome.caller() == null) {
                if (outcome.status() != 401 && !outcome.signInPage()) {
                    failures.add(outcome.where() + ": expected 401 or the sign-in page, got " + outcome.status());
                }
            } else if (outcome.allowed()) {
                if (outcome.status() == 401 || outcome.status() == 403 || outcome.status() >= 500) {
                    failures.add(outcome.where() + ": expected allowed, got " + outcome.status());
                } else if (written != 0) {
                    failures.add(outcome.where() + ": allowed, yet " + written + " denial event(s)");
                }
            } else if (outcome.status() != 403) {
                failures.add(outcome.where() + ": expected 403, got " + outcome.status());
            } else if (written != 1) {
                failures.add(outcome.where() + ": 403 wrote " + written + " denial events, not 1");
            }
        }
        System.out.printf("Access matrix: %d cells (%d endpoints and pages × 2 records × %d callers), %d failed%n",
                outcomes.size(), cells().size(), CALLERS.size(), failures.size());
        failures.forEach(failure -> System.out.println("  " + failure));
        assertEquals(List.of(), failures);
    }

    private Api.Answer call(Cell cell, String path, String body, String caller, String token) throws Exception {
        if (cell.kind().equals("page")) {
            return api.page(path, caller, caller == null ? null : PASSWORD);
        }
        if (caller == null) {
            return switch (cell.kind() + " " + cell.method()) {
                case "file POST" -> api.postFile(path, null, null, "empty.txt", new byte[0]);
                case "api GET" -> api.get(path, null, null);
                case "api PUT" -> api.put(path, null, null, body);
                default -> api.post(path, null, null, body);
            };
        }
        return switch (cell.kind() + " " + cell.method()) {
            // An empty file: refused as such (400) when the caller may attach, so nothing is kept.
            case "file POST" -> api.postFileWithAuthorization(path, token, "empty.txt", new byte[0]);
            case "api GET" -> api.getWithAuthorization(path, token);
            case "api PUT" -> api.putWithAuthorization(path, token, body);
            default -> api.postWithAuthorization(path, token, body);
        };
    }
}
