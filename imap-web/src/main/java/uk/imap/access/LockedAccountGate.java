package uk.imap.access;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.AttachmentKey;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.json.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.imap.access.control.SignInAttempts;
import uk.imap.api.DatabaseAway;
import uk.imap.calendar.WorkingCalendar;

/**
 * R27: stands before the server's security layer. Every password check first takes one of the account's five places
 * ({@link SignInAttempts}); while five checks have failed within the window, the attempt is refused without its
 * password being tried, even the right one. A person is sent to a page that says until when; a partner system gets
 * a 429 problem with Retry-After. Credentials that could be read two ways are refused with a 401 before the server
 * reads them, so the lockout and the audit trail always see the name the server checks.
 */
class LockedAccountGate implements HttpHandler {

    /** The place this request's password check holds, for the security layer's notifications and the end. */
    static final AttachmentKey<PasswordCheck.Key> PLACE = AttachmentKey.create(PasswordCheck.Key.class);

    private static final Logger LOG = Logger.getLogger(LockedAccountGate.class.getName());
    // Checks under way end in a bcrypt check or two; an attempt waits this long for a place before it is told to retry.
    private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);

    static final ChecksUnderWay CHECKS_UNDER_WAY = new ChecksUnderWay();

    private final HttpHandler next;

    LockedAccountGate(HttpHandler next) {
        this.next = next;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Optional<TriedSignIn> attempt = TriedSignIn.in(exchange);
        if (attempt.isPresent() && TriedSignIn.FORM.equals(attempt.get().mechanism()) && !SameOrigin.of(exchange)) {
            // Login CSRF: another site's page must not sign this browser in, as its own account or any other.
            refuse(exchange, StatusCodes.FORBIDDEN, "cross-site-sign-in", "Sign-in from another site",
                    "Sign in on IMAP's own sign-in page.");
        } else if (attempt.isEmpty()) {
            next.handleRequest(exchange);
        } else if (attempt.get().isMalformed() && exchange.getRelativePath().endsWith("j_security_check")) {
            exchange.setStatusCode(StatusCodes.SEE_OTHER);
            exchange.getResponseHeaders().put(Headers.LOCATION, exchange.getResolvedPath() + "/login-failed.xhtml");
            exchange.endExchange();
        } else if (attempt.get().isMalformed()) {
            refuse(exchange, StatusCodes.UNAUTHORIZED, "malformed-credentials", "Credentials not readable",
                    "Send HTTP Basic credentials as the base64 of name:password in UTF-8, once, and nothing else.");
        } else {
            checkWithinPlaces(exchange, attempt.get());
        }
    }

    private void checkWithinPlaces(HttpServerExchange exchange, TriedSignIn tried) throws Exception {
        SignInAttempts attempts = CDI.current().select(SignInAttempts.class).get();
        Instant giveUp = Instant.now().plus(LONGEST_WAIT);
        PasswordCheckPlaces.Answer answer = new PasswordCheckPlaces.Wait();
        while (answer instanceof PasswordCheckPlaces.Wait && Instant.now().isBefore(giveUp)) {
            try {
                answer = CHECKS_UNDER_WAY.claim(tried.username(), () -> attempts.attempt(tried.username(),
                        tried.address(), tried.userAgent(), tried.mechanism()), giveUp);
            } catch (Exception failed) {
                // A commit the database cut short comes as the transaction's checked RollbackException.
                if (DatabaseAway.causes(failed)) {
                    exchange.getResponseHeaders().put(Headers.RETRY_AFTER, 5);
                    refuse(exchange, StatusCodes.SERVICE_UNAVAILABLE, "database-unavailable",
                            "Service unavailable for a moment", "The database cannot be reached just now: nothing was"
                                    + " checked or saved. Try again shortly.");
                    return;
                }
                if (!(failed instanceof RuntimeException)) {
                    throw failed;
                }
                // Another server took the same place first: ask again.
                LOG.log(Level.FINE, "A password check place was taken concurrently", failed);
            }
        }
        if (answer instanceof PasswordCheckPlaces.Start start) {
            exchange.putAttachment(PLACE, start.check().key());
            exchange.addExchangeCompleteListener((ended, nextListener) -> {
                try {
                    freeUnlessFailed(ended);
                } finally {
                    nextListener.proceed();
                }
            });
            next.handleRequest(exchange);
        } else if (answer instanceof PasswordCheckPlaces.Locked locked) {
            refuseLocked(exchange, locked.until());
        } else {
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER, 1);
            refuse(exchange, StatusCodes.SERVICE_UNAVAILABLE, "sign-in-busy", "Sign-in busy",
                    "Too many sign-ins for this account at once. Try again in a moment.");
        }
    }

    /** A check that ended without a failure gives its place back; a failed one keeps it (SecurityLayerEvents). */
    static void freeUnlessFailed(HttpServerExchange exchange) {
        PasswordCheck.Key place = exchange.removeAttachment(PLACE);
        if (place != null) {
            CHECKS_UNDER_WAY.ended(place.accountName());
            try {
                CDI.current().select(SignInAttempts.class).get().ended(place);
            } catch (Exception e) {
                // The place lapses by itself within seconds; the account is never locked by a lost release. A commit
                // the database refused arrives as the transaction manager's checked RollbackException, so all are
                // caught: the call itself then meets the database's absence and is answered 503 where it is.
                LOG.log(Level.WARNING, "A password check's place could not be given back; it lapses in seconds", e);
            }
        }
    }

    private static void refuseLocked(HttpServerExchange exchange, Instant until) {
        if (exchange.getRelativePath().startsWith("/api/")) {
            exchange.getResponseHeaders().put(Headers.RETRY_AFTER,
                    Math.max(1, Duration.between(Instant.now(), until).toSeconds()));
            refuse(exchange, StatusCodes.TOO_MANY_REQUESTS, "account-locked", "Account locked",
                    "Too many failed password checks for this account: it is locked until " + until
                            + ". No password is checked before then.");
        } else {
            exchange.setStatusCode(StatusCodes.SEE_OTHER);
            exchange.getResponseHeaders().put(Headers.LOCATION, exchange.getResolvedPath() + "/login-locked.xhtml?until="
                    + WorkingCalendar.clockTime(until));
            exchange.endExchange();
        }
    }

    private static void refuse(HttpServerExchange exchange, int status, String type, String title, String detail) {
        exchange.setStatusCode(status);
        exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, "application/problem+json");
        exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, "no-store");
        if (status == StatusCodes.UNAUTHORIZED) {
            exchange.getResponseHeaders().put(Headers.WWW_AUTHENTICATE, "Basic realm=\"IMAP\", charset=\"UTF-8\"");
        }
        exchange.getResponseSender().send(Json.createObjectBuilder()
                .add("type", "https://imap.example/problems/" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build().toString());
    }
}
