package uk.imap.access;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;

/**
 * OWASP ASVS V14.4: the same protective headers on every answer IMAP gives, pages, API, redirects, challenges and
 * error pages alike, set just before the answer is sent so nothing later can leave them out. Pages' scripts are
 * held to PrimeFaces' per-request nonce (its CSP mode writes that part of the policy); this adds the rest.
 */
class SecurityHeaders implements HttpHandler {

    static final HttpString CONTENT_SECURITY_POLICY = new HttpString("Content-Security-Policy");
    // Where PrimeFaces has set no script policy (the API, static files, plain pages), scripts come from IMAP alone.
    static final String SCRIPTS_FROM_IMAP_ONLY = "script-src 'self'";
    // Never framed, no plugins, forms post only to IMAP, no <base> redirection; styles may be inline (no script).
    static final String REST_OF_POLICY = "default-src 'self'; style-src 'self' 'unsafe-inline';"
            + " img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";
    private static final HttpString X_POWERED_BY = new HttpString("X-Powered-By");

    private final HttpHandler next;

    SecurityHeaders(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        exchange.addResponseCommitListener(SecurityHeaders::protect);
        next.handleRequest(exchange);
    }

    private static void protect(HttpServerExchange exchange) {
        HeaderMap headers = exchange.getResponseHeaders();
        headers.remove(Headers.SERVER);
        headers.remove(X_POWERED_BY);
        headers.put(Headers.X_CONTENT_TYPE_OPTIONS, "nosniff");
        headers.put(Headers.X_FRAME_OPTIONS, "DENY");
        headers.put(Headers.REFERRER_POLICY, "no-referrer");
        // One policy: PrimeFaces' nonce-based script-src joined with the rest (two headers would each be enforced).
        String scripts = headers.get(CONTENT_SECURITY_POLICY) == null ? SCRIPTS_FROM_IMAP_ONLY
                : String.join("; ", headers.get(CONTENT_SECURITY_POLICY)).replaceAll(";\\s*$", "");
        headers.put(CONTENT_SECURITY_POLICY, scripts + "; " + REST_OF_POLICY);
        if (!isStaticResource(exchange)) {
            // Case data must not outlive the page in a shared computer's cache (ASVS 8.2.1).
            headers.put(Headers.CACHE_CONTROL, "no-store");
            headers.put(Headers.PRAGMA, "no-cache");
        }
        if (exchange.isSecure()) {
            headers.put(Headers.STRICT_TRANSPORT_SECURITY, "max-age=31536000; includeSubDomains");
        }
    }

    private static boolean isStaticResource(HttpServerExchange exchange) {
        String path = exchange.getRelativePath();
        return path.startsWith("/jakarta.faces.resource/") && !path.contains("..");
    }
}
