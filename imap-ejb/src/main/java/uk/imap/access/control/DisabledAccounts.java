package uk.imap.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;

/**
 * R27: a session must not outlive the disabling of its account. Asked from the audit trail's ACCOUNT_DISABLED events,
 * so a session on any server sharing the database ends at its next request after an administrator disabled the
 * account on another. Not an EJB boundary: it answers about the caller's own account, and grants nothing.
 */
@ApplicationScoped
public class DisabledAccounts {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    /**
     * Whether the account was disabled at or after {@code since} (when the session asking was signed in): in the chain,
     * or still waiting for the sequencer, so the session ends at once rather than a second later.
     */
    @Transactional(TxType.SUPPORTS)
    public boolean disabledSince(String username, Instant since) {
        return disabledIn("AuditEntry", username, since) || disabledIn("AuditEvent", username, since);
    }

    private boolean disabledIn(String trail, String username, Instant since) {
        return em.createQuery("SELECT COUNT(a) FROM " + trail + " a WHERE a.recordType = :type AND a.recordId = :user"
                        + " AND a.action = :action AND a.occurredAt >= :since", Long.class)
                .setParameter("type", RecordType.USER.stored())
                .setParameter("user", username)
                .setParameter("action", AuditAction.ACCOUNT_DISABLED)
                .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getSingleResult() > 0;
    }
}
