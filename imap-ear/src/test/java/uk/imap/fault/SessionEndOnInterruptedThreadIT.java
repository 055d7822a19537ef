package uk.imap.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;
import uk.imap.access.Roles;
import uk.imap.access.control.SessionEnds;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.audit.control.AuditTrail;

/**
 * Found in the benchmarks' restarts: the server's session scheduler expires sessions left from before a restart on a
 * thread it has interrupted, whose first wait for a database connection fails at once; the session's end was then
 * never recorded. A session's end is now recorded on such a thread too, and the thread keeps its interruption.
 */
@ExtendWith(ArquillianExtension.class)
class SessionEndOnInterruptedThreadIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(SessionEndOnInterruptedThreadIT.class);
    }

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    SessionEnds sessionEnds;

    @Inject
    AuditSequencer sequencer;

    @AfterEach
    void clearInterruption() {
        Thread.interrupted();
    }

    @Test
    @DisplayName("R18 the end of a session expired on an interrupted thread is recorded, and the thread stays"
            + " interrupted")
    void recordedOnAnInterruptedThread() throws Exception {
        String why = "idle for 1800 s, " + UUID.randomUUID();
        // What went wrong before: written straight, on an interrupted thread, the event is lost.
        needNewNumbers();
        Thread.currentThread().interrupt();
        assertThrows(RuntimeException.class, () -> auditTrail.recordSecurityEvent(AuditAction.SESSION_EXPIRED,
                AuditOutcome.SUCCESS, "prac.sam", Set.of(Roles.PRACTITIONER), "server", null, why));
        Thread.interrupted();
        assertEquals(0, recorded(why), "nothing was written by the failed attempt");

        needNewNumbers();
        Thread.currentThread().interrupt();
        sessionEnds.record("prac.sam", Set.of(Roles.PRACTITIONER), why);
        assertTrue(Thread.interrupted(), "the thread's interruption is handed back");
        assertEquals(1, recorded(why), "the session's end is recorded once");
    }

    @Test
    @DisplayName("R18 sessions' ends recorded while their thread is interrupted again and again are all recorded,"
            + " and the database stays whole")
    void interruptedWhileRecorded() throws Exception {
        String why = "undeployed while expiring, " + UUID.randomUUID();
        int sessions = 100;
        AtomicInteger ended = new AtomicInteger();
        // As an undeployment does to the scheduler's thread that is expiring sessions.
        Thread expiring = new Thread(() -> {
            for (int i = 0; i < sessions; i++) {
                sessionEnds.record("prac.sam", Set.of(Roles.PRACTITIONER), why);
                ended.incrementAndGet();
            }
        });
        expiring.start();
        while (expiring.isAlive()) {
            expiring.interrupt();
            Thread.sleep(0, 200_000);
        }

        assertEquals(sessions, ended.get(), "every end was recorded without failing");
        assertEquals(sessions, recorded(why), "and each is in the trail once");
    }

    // No number left in hand: the next event needs a new block, fetched over a connection of its own.
    private void needNewNumbers() throws Exception {
        transaction.begin();
        try {
            em.unwrap(ServerSession.class).getSequencingControl().initializePreallocated();
        } finally {
            transaction.rollback();
        }
    }

    // Placed in the chain first, then counted there alone: counting what waits and what is placed in two statements
    // counted twice any entry the sequencer moved in between (192 for 100 in one run).
    private long recorded(String why) throws Exception {
        sequencer.catchUp();
        transaction.begin();
        try {
            return em.createQuery("SELECT COUNT(a) FROM AuditEvent a WHERE a.reason = :why", Long.class)
                    .setParameter("why", why).getSingleResult();
        } finally {
            transaction.rollback();
        }
    }
}
