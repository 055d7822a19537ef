package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Instant;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.access.control.DisabledAccounts;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.audit.control.AuditTrail;

/**
 * R27: the question each signed-in page request asks, answered from both parts of the trail: an account's disabling
 * still waiting for the sequencer, and one already placed in the chain; only for that account, and only since the
 * session asking was signed in.
 */
@ExtendWith(ArquillianExtension.class)
class DisabledAccountsIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(DisabledAccountsIT.class);
    }

    @Inject
    DisabledAccounts disabledAccounts;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditSequencer sequencer;

    @Resource
    UserTransaction transaction;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Test
    @DisplayName("R27 an account's disabling is seen while it waits for the sequencer and once it is in the chain")
    void seenWaitingAndPlaced() throws Exception {
        String username = "leaver." + UUID.randomUUID().toString().substring(0, 8);
        Instant signedInBefore = Instant.now().minusSeconds(60);

        transaction.begin();
        try {
            SignedInAs.call("admin.eve", () -> {
                auditTrail.record(AuditAction.ACCOUNT_DISABLED, RecordType.USER, username);
                return null;
            });
            em.flush();
            // Not committed, so the sequencer cannot have placed it: only the waiting part of the trail holds it.
            assertTrue(disabledAccounts.disabledSince(username, signedInBefore), "seen while waiting");
            transaction.commit();
        } finally {
            if (transaction.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
                transaction.rollback();
            }
        }
        sequencer.catchUp();
        assertEquals(0L, waiting(username), "placed in the chain, no longer waiting");

        assertTrue(disabledAccounts.disabledSince(username, signedInBefore), "seen once placed in the chain");
        assertFalse(disabledAccounts.disabledSince(username, Instant.now().plusSeconds(1)),
                "a session signed in after the disabling is not ended by it");
        assertFalse(disabledAccounts.disabledSince(username + ".other", signedInBefore), "another account is not");
    }

    private long waiting(String username) {
        return em.createQuery("SELECT COUNT(a) FROM AuditEntry a WHERE a.recordId = :user", Long.class)
                .setParameter("user", username).getSingleResult();
    }
}
