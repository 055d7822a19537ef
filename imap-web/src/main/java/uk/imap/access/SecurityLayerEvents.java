package uk.imap.access;

import io.undertow.security.api.NotificationReceiver;
import io.undertow.security.api.SecurityNotification;
import io.undertow.security.api.SecurityNotification.EventType;
import io.undertow.security.idm.Account;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import jakarta.enterprise.inject.spi.CDI;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.AuditTrail;

/**
 * R18: sign-ins and failed password checks as the server's security layer (Elytron, through Undertow's security
 * notifications) reports them, not as a page believes they happened. A sign-in on the sign-in page is one event;
 * an API call's Basic credentials are checked on every call and its own events already name the caller, so only
 * its failures are recorded.
 */
public class SecurityLayerEvents implements NotificationReceiver {

    private static final Logger LOG = Logger.getLogger(SecurityLayerEvents.class.getName());

    @Override
    public void handleNotification(SecurityNotification notification) {
        try {
            if (notification.getEventType() == EventType.FAILED_AUTHENTICATION) {
                record(notification.getExchange(), AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED,
                        TriedSignIn.failedName(notification.getExchange()), Set.of(), notification.getMechanism());
            } else if (notification.getEventType() == EventType.AUTHENTICATED && isFormSignIn(notification)) {
                Account account = notification.getAccount();
                String username = account.getPrincipal().getName();
                record(notification.getExchange(), AuditAction.SIGNED_IN, AuditOutcome.SUCCESS, username,
                        new TreeSet<>(account.getRoles()), notification.getMechanism());
            }
        } catch (RuntimeException e) {
            // The sign-in itself must not fail because its event could not be written; the log shows why.
            LOG.log(Level.SEVERE, "A sign-in event could not be recorded", e);
        }
    }

    private static boolean isFormSignIn(SecurityNotification notification) {
        return "FORM".equals(notification.getMechanism())
                && notification.getExchange().getRelativePath().endsWith("j_security_check");
    }

    private static void record(HttpServerExchange exchange, AuditAction action, AuditOutcome outcome, String actor,
                               Set<String> roles, String mechanism) {
        CDI.current().select(AuditTrail.class).get().recordSecurityEvent(action, outcome, actor, roles,
                TriedSignIn.address(exchange),
                exchange.getRequestHeaders().getFirst(Headers.USER_AGENT), mechanism);
    }
}
