package uk.imap.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * Random, malformed, mistyped and oversized JSON and parameters at every endpoint of the contract, as every role
 * (jqwik's generators). Whatever is sent: never a 5xx, never a stack trace, SQL, class name or server version in an
 * answer, every refusal a problem+json, and the audit chain still verifies afterwards (no partial write).
 */
class HostileInputFuzzIT extends OverTheApi {

    /** 400 in every run; -Dimap.fuzz.cases=N for a longer search. */
    static final int CASES = Integer.getInteger("imap.fuzz.cases", 400);
    static final List<String> CALLERS = List.of("prac.sam", "prac.lee", "mgr.ana", "police.ray", "health.kim",
            "cg.pat", "audit.max", "admin.eve");
    static final List<Integer> ANSWERS = List.of(200, 201, 204, 400, 401, 403, 404, 409, 413, 415, 429);
    static final Pattern LEAKS = Pattern.compile(
            "Exception|\\bat [a-z]+\\.[a-z]+\\.|SQL|SELECT |org\\.(h2|postgresql|eclipse|jboss|hibernate)|java\\.lang"
                    + "|WildFly|Undertow|RESTEASY|uk\\.imap\\.", Pattern.CASE_INSENSITIVE);
    /** Field names the inputs know, so that random bodies reach the binding of real fields as well as unknown ones. */
    static final List<String> FIELDS = List.of("version", "source", "summary", "threshold", "priority", "subjects",
            "givenName", "familyName", "dateOfBirth", "kind", "relationship", "concernCategories", "referrer", "to",
            "reasons", "outcome", "agency", "purpose", "necessity", "legalGateways", "categories", "items", "content",
            "reliability", "sensitivity", "caldicott", "approved", "verdict", "comment", "reason", "question",
            "advisorRole", "enquiryReference", "answer", "username", "password", "roles", "teams", "code",
            "displayName", "active", "requests", "grounds", "justification", "statement", "informedOf", "change");

    @Test
    @DisplayName("R16 R21 R22 random hostile input at every endpoint as every role: only 2xx or a 4xx problem, nothing leaked")
    void hostileInputGetsAClearAnswer() throws Exception {
        String reference = openAnonymousEnquiry();
        Api api = Api.overHttp11(new java.net.URL(base, "/imap/"));
        List<Call> calls = calls(reference).sampleStream().limit(CASES).toList();
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (Call call : calls) {
            Api.Answer answer = call.send(api);
            statuses.merge(answer.status(), 1, Integer::sum);
            String body = answer.raw().body();
            if (!ANSWERS.contains(answer.status())) {
                failures.add(answer.status() + " for " + call);
            } else if (answer.status() >= 400 && !"application/problem+json".equals(answer.header("Content-Type"))) {
                failures.add("no problem+json for " + call + ": " + answer.header("Content-Type"));
            } else if (answer.status() >= 400 && LEAKS.matcher(body).find()) {
                failures.add("leaked detail for " + call + ": " + body);
            }
        }
        System.out.printf("HostileInputFuzzIT: %d calls over %d endpoints as %d callers; answers %s%n", calls.size(),
                ENDPOINTS.size(), CALLERS.size(), statuses);
        calls.stream().limit(5).forEach(call -> System.out.println("  for example " + call));
        assertEquals(List.of(), failures);
        JsonObject verification = api.get("audit/verification", "audit.max", PASSWORD).json();
        assertTrue(verification.getBoolean("valid"), verification.toString());
    }

    static final List<String> ENDPOINTS = List.of(
            "GET me", "POST enquiries", "GET enquiries?status={text}&overdue={text}&page={number}&size={number}",
            "GET enquiries/{reference}", "PUT enquiries/{reference}", "POST enquiries/{reference}/consent-decisions",
            "GET enquiries/{reference}/consent-decisions", "POST enquiries/{reference}/transitions",
            "POST enquiries/{reference}/information-requests", "POST enquiries/{reference}/information-requests/batch",
            "GET information-requests?status={text}&overdue={text}", "GET information-requests/{id}",
            "POST information-requests/{id}/disclosure", "POST information-requests/{id}/withdrawal",
            "POST enquiries/{reference}/consent-overrides", "POST consent-overrides/{id}/approval",
            "POST enquiries/{reference}/emergency-access", "POST enquiries/{reference}/assignments",
            "GET reviews?status={text}", "POST reviews/{id}",
            "GET people/matches?givenName={text}&familyName={text}&dateOfBirth={text}&address={text}",
            "POST advice-requests", "GET advice-requests/{id}", "POST advice-requests/{id}/answer",
            "GET decisions?enquiry={text}", "GET audit/events?user={text}&record={text}&from={text}&to={text}",
            "GET reports/privileged-changes?from={text}&to={text}", "GET reports/access?user={text}&record={text}",
            "GET reports/decision-statistics?from={text}&to={text}", "GET reports/users-roles?role={text}",
            "POST admin/users", "POST admin/legal-gateways", "POST admin/concern-categories",
            "PUT admin/legal-gateways/{code}", "POST disclosed-items/{id}/reveal");

    /** One call: method, path with its parameters filled, body, caller. */
    record Call(String method, String path, String body, String caller) {

        Api.Answer send(Api api) throws Exception {
            return switch (method) {
                case "GET" -> api.get(path, caller, PASSWORD);
                case "PUT" -> api.put(path, caller, PASSWORD, body);
                default -> api.post(path, caller, PASSWORD, body);
            };
        }

        @Override
        public String toString() {
            return caller + " " + method + " " + path + (body == null ? "" : " " + shorten(body));
        }

        private static String shorten(String text) {
            return text.length() > 160 ? text.substring(0, 160) + "…(" + text.length() + " characters)" : text;
        }
    }

    static Arbitrary<Call> calls(String reference) {
        Arbitrary<String> codes = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(12)
                .map(code -> "FUZZ_" + code);
        return Combinators.combine(Arbitraries.of(ENDPOINTS), Arbitraries.of(CALLERS), texts(), ids(), bodies(), codes)
                .as((endpoint, caller, text, id, body, code) -> {
                    String method = endpoint.substring(0, endpoint.indexOf(' '));
                    String path = endpoint.substring(endpoint.indexOf(' ') + 1)
                            .replace("{reference}", reference).replace("{id}", id)
                            .replace("{text}", URLEncoder.encode(text, StandardCharsets.UTF_8))
                            .replace("{number}", id).replace("{code}", code);
                    return new Call(method, path, method.equals("GET") ? null : body, caller);
                });
    }

    /** Ids no other test's record has: negative, zero, huge, or not numbers at all. */
    static Arbitrary<String> ids() {
        return Arbitraries.oneOf(Arbitraries.longs().between(1_000_000_000L, Long.MAX_VALUE).map(String::valueOf),
                Arbitraries.of("-1", "0", "99999999999999999999999", "1.5", "1e9", "abc", "%00", "..%2F..%2Fetc"));
    }

    static Arbitrary<String> texts() {
        return Arbitraries.oneOf(Arbitraries.strings().ofMaxLength(40),
                Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(30),
                Arbitraries.of("", " ", "'; DROP TABLE enquiry; --", "<script>alert(1)</script>", "\u202e\u200b",
                        "2026-13-45", "+999999-01-01T00:00:00Z", "2147483648", "-1", "null", "true", "DRAFT",
                        "IMAP-2026-000001", "../../WEB-INF/web.xml", "x".repeat(5000)));
    }

    static Arbitrary<String> bodies() {
        return Arbitraries.oneOf(jsonObjects(2), values(2),
                Arbitraries.of("", "{", "}", "[", "{\"a\":", "not json", "{\"summary\": \"a\", \"summary\": \"b\"}",
                        "[null]", "null", "{}", "{\"version\": 1e999999}", "[".repeat(2000) + "]".repeat(2000),
                        "{\"summary\": \"" + "x".repeat(3 * 1024 * 1024) + "\"}"));
    }

    static Arbitrary<String> jsonObjects(int depth) {
        Arbitrary<String> member = Combinators.combine(Arbitraries.oneOf(Arbitraries.of(FIELDS),
                Arbitraries.strings().alpha().ofMaxLength(8)), values(depth))
                .as((name, value) -> quote(name) + ": " + value);
        return member.list().ofMaxSize(6).map(members -> "{" + String.join(", ", members) + "}");
    }

    static Arbitrary<String> values(int depth) {
        List<Arbitrary<String>> choices = new ArrayList<>(List.of(
                Arbitraries.strings().ofMaxLength(30).map(HostileInputFuzzIT::quote),
                Arbitraries.of("null", "true", "false", "0", "-1", "1.5", "2147483648", "9223372036854775808",
                        "1e308", "-0", "\"\"", "\"2026-02-30\"", "\"yes\"", "[null]", "[]", "{}"),
                Arbitraries.integers().map(String::valueOf)));
        if (depth > 0) {
            choices.add(values(depth - 1).list().ofMaxSize(4).map(items -> "[" + String.join(", ", items) + "]"));
            choices.add(jsonObjects(depth - 1));
        }
        return Arbitraries.oneOf(choices);
    }

    static String quote(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                quoted.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                quoted.append(String.format("\\u%04x", (int) c));
            } else {
                quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }
}
