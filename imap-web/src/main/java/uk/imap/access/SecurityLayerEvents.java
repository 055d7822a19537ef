package uk.imap.access;

import io.undertow.security.api.NotificationReceiver;
import io.undertow.security.api.SecurityNotification;
import io.undertow.security.api.SecurityNotification.EventType;
import io.undertow.security.idm.Account;
import io.undertow.server.HttpServerExchange;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.http.HttpSession;
import java.util.TreeSet;
import uk.imap.access.control.SignInAttempts;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.control.AuditTrail;

/**
 * R18: sign-ins and failed password checks as the server's security layer (Elytron, through Undertow's security
 * notifications) reports them, not as a page believes they happened. A sign-in on the sign-in page is one event;
 * an API call's Basic credentials are checked on every call and its own events already name the caller, so only
 * its failures are recorded. Like every other event, one that cannot be stored fails what it describes: the
 * sign-in is not let through without its record.
 */
public class SecurityLayerEvents implements NotificationReceiver {

    @Override
    public void handleNotification(SecurityNotification notification) {
        HttpServerExchange exchange = notification.getExchange();
        if (notification.getEventType() == EventType.FAILED_AUTHENTICATION) {
            // The failure and the place it keeps (R27) are stored together. If they cannot be, the place stays
            // "under way" until it lapses rather than being freed, so a failure is never forgotten by the lockout.
            PasswordCheck.Key place = exchange.removeAttachment(LockedAccountGate.PLACE);
            if (place != null) {
                LockedAccountGate.CHECKS_UNDER_WAY.ended(place.accountName());
            }
            CDI.current().select(SignInAttempts.class).get().failed(place, TriedSignIn.failedName(exchange),
                    TriedSignIn.address(exchange), exchange.getRequestHeaders().getFirst(Headers.USER_AGENT),
                    notification.getMechanism());
        } else if (notification.getEventType() == EventType.AUTHENTICATED) {
            LockedAccountGate.freeUnlessFailed(exchange);
            if (isFormSignIn(notification)) {
                Account account = notification.getAccount();
                try {
                    CDI.current().select(AuditTrail.class).get().recordSecurityEvent(AuditAction.SIGNED_IN,
                            AuditOutcome.SUCCESS, account.getPrincipal().getName(), new TreeSet<>(account.getRoles()),
                            TriedSignIn.address(exchange), exchange.getRequestHeaders().getFirst(Headers.USER_AGENT),
                            notification.getMechanism());
                } catch (Exception unrecorded) {
                    // A failed commit reaches here as the transaction manager's checked RollbackException.
                    undo(exchange);
                    throw unrecorded instanceof RuntimeException failure ? failure
                            : new IllegalStateException("The sign-in could not be recorded", unrecorded);
                }
            }
        }
    }

    /**
     * Fails closed: by the time the security layer says who signed in, the session already remembers them, so a
     * sign-in whose event could not be stored is signed out and its session ended before anything is served.
     */
    private static void undo(HttpServerExchange exchange) {
        try {
            exchange.getSecurityContext().logout();
        } finally {
            ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
            HttpSession session = servlet == null ? null : servlet.getOriginalRequest().getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
    }

    private static boolean isFormSignIn(SecurityNotification notification) {
        return "FORM".equals(notification.getMechanism())
                && notification.getExchange().getRelativePath().endsWith("j_security_check");
    }
}
