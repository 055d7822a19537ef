package uk.imap.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.AuditTrail;

/**
 * R27: the server's security layer asks here before a password is checked. Failed checks are counted from the
 * audit trail's SIGN_IN_FAILED events, so every server sharing the database counts the same failures. Not an EJB
 * boundary: it is called before anyone is signed in, and it grants nothing.
 */
@ApplicationScoped
public class SignInAttempts {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemUTC();

    /** When the account named opens again, if it is locked now. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return SignInLockout.of(em.createQuery("SELECT a.occurredAt FROM AuditEvent a WHERE a.actor = :actor"
                        + " AND a.action = :action AND a.occurredAt > :since", OffsetDateTime.class)
                .setParameter("actor", username)
                .setParameter("action", AuditAction.SIGN_IN_FAILED)
                .setParameter("since", OffsetDateTime.ofInstant(SignInLockout.windowStart(now), ZoneOffset.UTC))
                .getResultStream().map(OffsetDateTime::toInstant).toList()).lockedUntil(now);
    }

    /**
     * Refuses an attempt on a locked account without checking its password, recording the refusal. Returns when
     * the account opens again, or nothing if it is not locked and the password may be checked.
     */
    @Transactional(TxType.REQUIRED)
    public Optional<Instant> refuseIfLocked(String username, String address, String userAgent, String mechanism) {
        Optional<Instant> until = lockedUntil(username);
        until.ifPresent(instant -> auditTrail.recordSecurityEvent(AuditAction.SIGN_IN_LOCKED_OUT, AuditOutcome.DENIED,
                username, Set.of(), address, userAgent, mechanism + ", locked until " + instant));
        return until;
    }
}
