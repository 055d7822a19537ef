package uk.imap.access;

import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.Methods;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A request that carries a user name and password for the server's security layer to check: the sign-in form's
 * post, or HTTP Basic credentials. Holds the name tried and where the attempt came from, never the password.
 *
 * <p>R27 depends on the lockout seeing the very name the server checks. Credentials are therefore read strictly
 * here, and a request whose credentials could be read two ways (a Basic header that is not exactly the base64 of a
 * UTF-8 {@code name:password}, two Authorization headers, a sign-in post naming the user twice) is
 * {@link #isMalformed malformed}: it is refused before the server's own, more lenient, decoder sees it.
 */
record TriedSignIn(String username, String address, String userAgent, String mechanism) {

    static final String FORM = "FORM";
    static final String BASIC = "BASIC";

    /** Stands for credentials that cannot be read one way only. */
    private static final TriedSignIn MALFORMED = new TriedSignIn(null, null, null, null);

    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final int LONGEST_NAME = 320;

    /** The attempt a request makes, if it makes one; {@link #isMalformed} if its credentials are ambiguous. */
    static Optional<TriedSignIn> in(HttpServerExchange exchange) {
        HeaderValues authorization = exchange.getRequestHeaders().get(Headers.AUTHORIZATION);
        boolean formPost = isFormPost(exchange);
        if (authorization != null && (authorization.size() > 1 || formPost)) {
            return Optional.of(MALFORMED);
        }
        String username;
        String mechanism;
        if (formPost) {
            username = formName(exchange);
            mechanism = FORM;
        } else if (authorization != null && authorization.getFirst().regionMatches(true, 0, "Basic", 0, 5)) {
            username = basicName(authorization.getFirst());
            mechanism = BASIC;
        } else {
            return Optional.empty();
        }
        return Optional.of(username == null ? MALFORMED
                : new TriedSignIn(username, address(exchange), exchange.getRequestHeaders().getFirst(Headers.USER_AGENT),
                        mechanism));
    }

    boolean isMalformed() {
        return this == MALFORMED;
    }

    /** The name a failed check was for: the sign-in form's field, or the Basic credentials' name. */
    static String failedName(HttpServerExchange exchange) {
        return in(exchange).filter(tried -> !tried.isMalformed()).map(TriedSignIn::username).orElse(null);
    }

    static String address(HttpServerExchange exchange) {
        InetSocketAddress source = exchange.getSourceAddress();
        return source == null || source.getAddress() == null ? "unknown" : source.getAddress().getHostAddress();
    }

    private static boolean isFormPost(HttpServerExchange exchange) {
        return Methods.POST.equals(exchange.getRequestMethod()) && exchange.getRelativePath().endsWith("j_security_check");
    }

    // Read through the servlet request, which keeps the parsed form for the FORM mechanism after us. A name given
    // twice, or in the address as well as the form, could be read differently by the mechanism: refused.
    private static String formName(HttpServerExchange exchange) {
        ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
        if (context == null || exchange.getQueryParameters().containsKey("j_username")
                || exchange.getQueryParameters().containsKey("j_password")) {
            return null;
        }
        String[] names = context.getServletRequest().getParameterValues("j_username");
        return names == null || names.length != 1 ? null : acceptable(names[0]);
    }

    /** The name in {@code Basic <base64 of name:password>}, or null unless the header reads one way only. */
    static String basicName(String authorization) {
        if (authorization.length() < 7 || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        String token = authorization.substring(6);
        if (!BASE64.matcher(token).matches() || token.length() % 4 != 0) {
            return null;
        }
        try {
            String pair = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Base64.getDecoder().decode(token))).toString();
            int colon = pair.indexOf(':');
            return colon < 0 ? null : acceptable(pair.substring(0, colon));
        } catch (IllegalArgumentException | CharacterCodingException notCanonical) {
            return null;
        }
    }

    private static String acceptable(String name) {
        // Any other name is read the same way by the server: the audit trail makes its markup and breaks harmless.
        return name.isEmpty() || name.length() > LONGEST_NAME ? null : name;
    }
}
