package uk.imap.access.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.control.AuditTrail;

/**
 * Records the end of a signed-in session (R18), whatever thread the server ends it on. The server's session
 * scheduler interrupts the threads that expire sessions: before the expiry (sessions left from before a restart,
 * expired while the application starts), where an interrupted thread's first wait for a database connection fails at
 * once and the event would be lost; and during it (an application undeployed while it expires sessions), where an
 * interruption inside the embedded H2 database's file access closes the database's file for every caller. So the
 * event is written on a thread of the server's executor, which nothing interrupts, while the expiring thread waits
 * for it, its interruption set aside and handed back after.
 */
@ApplicationScoped
public class SessionEnds {

    @Inject
    AuditTrail auditTrail;

    @Resource
    ManagedExecutorService writers;

    /** The session of {@code owner}, signed in with {@code roles}, ended: {@code why} says how. */
    public void record(String owner, Set<String> roles, String why) {
        boolean interrupted = Thread.interrupted();
        try {
            Future<?> written;
            try {
                written = writers.submit(() -> write(owner, roles, why));
            } catch (RejectedExecutionException stopping) {
                // The executor is stopping with the server: write it here, as the only chance left.
                write(owner, roles, why);
                return;
            }
            while (true) {
                try {
                    written.get();
                    return;
                } catch (InterruptedException again) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof RuntimeException failure ? failure
                            : new IllegalStateException(e.getCause());
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void write(String owner, Set<String> roles, String why) {
        auditTrail.recordSecurityEvent(AuditAction.SESSION_EXPIRED, AuditOutcome.SUCCESS, owner, roles, "server",
                null, why);
    }
}
