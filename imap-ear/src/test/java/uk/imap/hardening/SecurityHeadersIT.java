package uk.imap.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Api;
import uk.imap.OverTheApi;

/**
 * OWASP ASVS V14.4 and V7.4: every answer carries the protective headers, pages run only scripts the server
 * signed with the request's nonce, and nothing names the server's software or version.
 */
class SecurityHeadersIT extends OverTheApi {

    static final Pattern NONCE = Pattern.compile("script-src 'self' 'nonce-([A-Za-z0-9+/=_-]+)'");

    @Test
    @DisplayName("R26 R27 pages, the API, challenges and error pages all carry the protective headers")
    void everyAnswerIsProtected() throws Exception {
        List<Api.Answer> answers = List.of(
                api.page("login.xhtml", null, null),
                api.page("index.xhtml", "prac.sam", PASSWORD),
                api.page("no-such-page.xhtml", "prac.sam", PASSWORD),
                api.page("admin/users.xhtml", "prac.sam", PASSWORD),
                api.page("agency/answer.xhtml", "police.ray", PASSWORD),
                api.get("me", "prac.sam", PASSWORD),
                api.get("me", null, null),
                api.get("enquiries/IMAP-2026-999999", "prac.sam", PASSWORD));
        assertEquals(List.of(200, 200, 404, 403, 404, 200, 401, 404), answers.stream().map(Api.Answer::status).toList());
        for (Api.Answer answer : answers) {
            String where = answer.raw().uri() + " " + answer.status();
            assertEquals("nosniff", answer.header("X-Content-Type-Options"), where);
            assertEquals("DENY", answer.header("X-Frame-Options"), where);
            assertEquals("no-referrer", answer.header("Referrer-Policy"), where);
            assertEquals("no-store", answer.header("Cache-Control"), where);
            String policy = answer.header("Content-Security-Policy");
            assertTrue(policy.contains("frame-ancestors 'none'") && policy.contains("object-src 'none'"), where + policy);
            assertFalse(scriptSources(policy).contains("unsafe"), where + " " + policy);
            assertNull(answer.header("Server"), where);
            assertNull(answer.header("X-Powered-By"), where);
            assertEquals(1, answer.raw().headers().allValues("Content-Security-Policy").size(), where);
        }
    }

    @Test
    @DisplayName("R26 pages run no inline handlers, and every inline script carries the nonce of its own answer")
    void pagesRunOnlySignedScripts() throws Exception {
        for (Api.Answer page : List.of(api.page("index.xhtml", "mgr.ana", PASSWORD),
                api.page("enquiry/new.xhtml", "prac.sam", PASSWORD),
                api.page("admin/users.xhtml", "admin.eve", PASSWORD),
                api.page("reports/audit.xhtml", "audit.max", PASSWORD))) {
            assertEquals(200, page.status(), page.raw().uri().toString());
            Matcher nonce = NONCE.matcher(page.header("Content-Security-Policy"));
            assertTrue(nonce.find(), page.header("Content-Security-Policy"));
            String html = page.raw().body();
            assertFalse(Pattern.compile("\\son[a-z]+=\"", Pattern.CASE_INSENSITIVE).matcher(html).find(),
                    page.raw().uri() + " has an inline event handler");
            Matcher script = Pattern.compile("<script(?![^>]*\\ssrc=)([^>]*)>").matcher(html);
            int inline = 0;
            while (script.find()) {
                inline++;
                assertTrue(script.group(1).contains("nonce=\"" + nonce.group(1) + "\""),
                        page.raw().uri() + " runs an unsigned script: " + script.group());
            }
            System.out.printf("%s: %d inline scripts, each with the answer's nonce%n", page.raw().uri(), inline);
        }
    }

    @Test
    @DisplayName("R26 static files keep their caching but not their sniffing")
    void staticFiles() throws Exception {
        Api.Answer css = api.page("jakarta.faces.resource/css/imap.css.xhtml", "prac.sam", PASSWORD);
        assertEquals(200, css.status());
        assertEquals("nosniff", css.header("X-Content-Type-Options"));
        assertFalse("no-store".equals(css.header("Cache-Control")));
    }

    @Test
    @DisplayName("R26 the server's own answers (its root, /openapi, protected folders, unknown paths) are protected too")
    void serverAnswersAreProtected() throws Exception {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
        URI server = URI.create(base.toString()).resolve("/");
        for (String path : List.of("", "openapi", "imap/WEB-INF/web.xml", "imap/META-INF/MANIFEST.MF", "nowhere")) {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(server.resolve(path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            String where = "/" + path + " " + answer.statusCode();
            assertEquals("nosniff", answer.headers().firstValue("X-Content-Type-Options").orElse(null), where);
            assertEquals("DENY", answer.headers().firstValue("X-Frame-Options").orElse(null), where);
            assertEquals(1, answer.headers().allValues("Content-Security-Policy").size(), where);
            assertTrue(answer.headers().firstValue("Content-Security-Policy").orElseThrow()
                    .contains("frame-ancestors 'none'"), where);
            assertFalse(answer.body().contains("WildFly"), where + " names the server: " + answer.body());
        }
        for (String path : List.of("", "imap/", "imap/api/v1/me", "imap/login.xhtml")) {
            HttpResponse<String> trace = http.send(HttpRequest.newBuilder(server.resolve(path))
                    .method("TRACE", HttpRequest.BodyPublishers.noBody()).header("Cookie", "JSESSIONID=secret").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(405, trace.statusCode(), "TRACE /" + path);
            assertEquals("nosniff", trace.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertFalse(trace.body().contains("secret"), "TRACE echoes nothing: " + trace.body());
        }
        HttpResponse<Void> root = http.send(HttpRequest.newBuilder(server).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        assertEquals("/imap/", URI.create(root.headers().firstValue("Location").orElseThrow()).getPath(),
                "the server's root leads to IMAP, not to WildFly's welcome page");
    }

    private static String scriptSources(String policy) {
        return List.of(policy.split(";")).stream().map(String::strip).filter(d -> d.startsWith("script-src"))
                .findFirst().orElse("");
    }
}
