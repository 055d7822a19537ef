package uk.imap.access;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * R27: stands before the server's security layer and refuses a sign-in on a locked account without letting its
 * password be checked. A person is sent to a page that says until when; a partner system gets a 429 problem with
 * Retry-After. Runs ahead of authentication, so even the right password is not tried while the lock lasts.
 */
class LockedAccountGate implements HttpHandler {

    static final ZoneId HUB_TIME = ZoneId.of("Europe/London");
    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final HttpHandler next;

    LockedAccountGate(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<TriedSignIn> attempt = TriedSignIn.in(exchange);
        Optional<Instant> lockedUntil = attempt.flatMap(tried -> CDI.current().select(SignInAttempts.class).get()
                .refuseIfLocked(tried.username(), tried.address(), tried.userAgent(), tried.mechanism()));
        if (lockedUntil.isEmpty()) {
            next.handleRequest(exchange);
        } else if (exchange.getRelativePath().startsWith("/api/")) {
            refuseCall(exchange, lockedUntil.get());
        } else {
            exchange.setStatusCode(StatusCodes.SEE_OTHER);
            exchange.getResponseHeaders().put(Headers.LOCATION, exchange.getResolvedPath() + "/login-locked.xhtml?until="
                    + CLOCK_TIME.format(lockedUntil.get().atZone(HUB_TIME)));
            exchange.endExchange();
        }
    }

    private static void refuseCall(HttpServerExchange exchange, Instant until) {
        long seconds = Math.max(1, Duration.between(Instant.now(), until).toSeconds());
        exchange.setStatusCode(StatusCodes.TOO_MANY_REQUESTS);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseHeaders().put(Headers.RETRY_AFTER, seconds);
        exchange.getResponseSender().send(Json.createObjectBuilder()
                .add("type", "https://imap.example/problems/account-locked")
                .add("title", "Account locked")
                .add("status", StatusCodes.TOO_MANY_REQUESTS)
                .add("detail", "Too many failed password checks for this account: it is locked until " + until
                        + ". No password is checked before then.")
                .build().toString());
    }
}
