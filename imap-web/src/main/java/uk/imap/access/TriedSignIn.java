package uk.imap.access;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A request that carries a user name and password for the server's security layer to check: the sign-in form's
 * post, or HTTP Basic credentials. Holds the name tried and where the attempt came from, never the password.
 */
record TriedSignIn(String username, String address, String userAgent, String mechanism) {

    static final String FORM = "FORM";
    static final String BASIC = "BASIC";

    /** The attempt a request makes, if it makes one. */
    static Optional<TriedSignIn> in(HttpServerExchange exchange) {
        String username = null;
        String mechanism = null;
        if (isFormPost(exchange)) {
            // Read through the servlet request, which keeps the parsed form for the FORM mechanism after us.
            ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            username = context == null ? null : context.getServletRequest().getParameter("j_username");
            mechanism = FORM;
        }
        if (username == null) {
            username = basicName(exchange);
            mechanism = BASIC;
        }
        return username == null ? Optional.empty()
                : Optional.of(new TriedSignIn(username, address(exchange),
                        exchange.getRequestHeaders().getFirst(Headers.USER_AGENT), mechanism));
    }

    /** The name a failed check was for: the form's field, already parsed by then, or the Basic credentials' name. */
    static String failedName(HttpServerExchange exchange) {
        FormData form = exchange.getAttachment(FormDataParser.FORM_DATA);
        if (form != null && form.getFirst("j_username") != null) {
            return form.getFirst("j_username").getValue();
        }
        return basicName(exchange);
    }

    static String address(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? "unknown" : source.getAddress().getHostAddress();
    }

    private static boolean isFormPost(HttpServerExchange exchange) {
        return Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRelativePath().endsWith("j_security_check");
    }

    private static String basicName(HttpServerExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String pair = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0 ? pair : pair.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }
}
