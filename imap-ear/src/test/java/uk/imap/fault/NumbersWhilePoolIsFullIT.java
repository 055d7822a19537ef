package uk.imap.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.UserTransaction;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.management.ObjectName;
import javax.sql.DataSource;
import org.eclipse.persistence.sessions.server.ServerSession;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;
import uk.imap.access.Roles;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.control.AuditTrail;

/**
 * The stall found in an hour at 50 users (issue 16): every connection of the application's pool held by requests
 * waiting for the next block of new records' numbers, while the one fetching that block (the expiry of an idle
 * session, recorded in a transaction with no connection yet) waited for a connection of the same pool. Numbers now
 * come over a pool of their own, so the block arrives however busy the application's pool is.
 */
@ExtendWith(ArquillianExtension.class)
class NumbersWhilePoolIsFullIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(NumbersWhilePoolIsFullIT.class);
    }

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Test
    @DisplayName("R18 an idle session's expiry is recorded with a new block of numbers while every connection of the"
            + " application's pool is in use")
    void expiryRecordedWithThePoolFull() throws Exception {
        int poolSize = (Integer) ManagementFactory.getPlatformMBeanServer().getAttribute(
                new ObjectName("jboss.as:subsystem=datasources,data-source=ImapDS"), "maxPoolSize");
        // The persistence unit connects at its first use, over ImapDS: done first, or with the pool full it could not.
        transaction.begin();
        ServerSession session = em.unwrap(ServerSession.class);
        transaction.rollback();
        // Held on a thread of their own, as by other requests: held on this one, they would join its transaction.
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(1);
        ExecutorService requests = Executors.newSingleThreadExecutor();
        Future<Integer> held = requests.submit(() -> {
            List<Connection> connections = new ArrayList<>();
            try {
                while (connections.size() < poolSize) {
                    connections.add(database.getConnection());
                }
                taken.countDown();
                done.await();
                return connections.size();
            } finally {
                for (Connection connection : connections) {
                    connection.close();
                }
            }
        });
        try {
            taken.await();
            transaction.begin();
            try {
                // No number left in hand: the next event needs a new block, as every thousandth does.
                session.getSequencingControl().initializePreallocated();
                auditTrail.recordSecurityEvent(AuditAction.SESSION_EXPIRED, AuditOutcome.SUCCESS, "prac.sam",
                        Set.of(Roles.PRACTITIONER), "server", null, "idle for 1800 s");
                assertEquals(Status.STATUS_ACTIVE, transaction.getStatus(), "recording the expiry failed");
            } finally {
                // Rolled back: the event was never meant to be kept, only numbered.
                transaction.rollback();
            }
        } finally {
            done.countDown();
            requests.shutdown();
        }
        assertEquals(poolSize, held.get(), "every connection of the pool was in use meanwhile");
    }
}
