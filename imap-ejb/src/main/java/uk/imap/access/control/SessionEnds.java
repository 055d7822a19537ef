package uk.imap.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.control.AuditTrail;

/**
 * Records the end of a signed-in session (R18), whatever thread the server ends it on. The server's session
 * scheduler may interrupt the thread that expires sessions (seen for sessions left from before a restart, expired
 * while the application starts); an interrupted thread's first wait for a database connection then fails at once,
 * and the event would be lost. The interruption is set aside while the event is written and handed back after.
 */
@ApplicationScoped
public class SessionEnds {

    @Inject
    AuditTrail auditTrail;

    /** The session of {@code owner}, signed in with {@code roles}, ended: {@code why} says how. */
    public void record(String owner, Set<String> roles, String why) {
        boolean interrupted = Thread.interrupted();
        try {
            auditTrail.recordSecurityEvent(AuditAction.SESSION_EXPIRED, AuditOutcome.SUCCESS, owner, roles, "server",
                    null, why);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
