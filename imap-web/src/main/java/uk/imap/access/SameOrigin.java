package uk.imap.access;

import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.net.URI;

/**
 * Whether a browser's post comes from one of IMAP's own pages (OWASP's checks against login CSRF). Browsers say so
 * in Sec-Fetch-Site; those that do not, in Origin or Referer. IMAP's pages send no referrer, so a browser may send
 * {@code Origin: null} for its own pages: that, like a post naming no origin at all (a client that is not a browser,
 * which no other site can drive), is let through.
 */
final class SameOrigin {

    private static final HttpString FETCH_SITE = new HttpString("Sec-Fetch-Site");

    private SameOrigin() {
    }

    static boolean of(HttpServerExchange exchange) {
        String site = exchange.getRequestHeaders().getFirst(FETCH_SITE);
        if (site != null) {
            return site.equals("same-origin") || site.equals("none");
        }
        String origin = exchange.getRequestHeaders().getFirst(Headers.ORIGIN);
        if (origin == null || origin.equals("null")) {
            origin = exchange.getRequestHeaders().getFirst(Headers.REFERER);
        }
        if (origin == null) {
            return true;
        }
        try {
            URI from = URI.create(origin.strip());
            // The address the browser used, as the server sees it (behind a proxy, as the proxy forwards it).
            return from.getScheme() != null && from.getScheme().equalsIgnoreCase(exchange.getRequestScheme())
                    && from.getRawAuthority() != null && from.getRawAuthority().equalsIgnoreCase(exchange.getHostAndPort());
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
