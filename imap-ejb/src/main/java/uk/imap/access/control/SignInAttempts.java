package uk.imap.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import uk.imap.access.PasswordCheck;
import uk.imap.access.PasswordCheckPlaces;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.control.AuditTrail;

/**
 * R27: the server's security layer asks here before a password is checked, and tells here how the check ended.
 * Each check holds one of the account's five places in the database ({@link PasswordCheck}), so the count and the
 * check cannot be pulled apart by concurrent attempts, on one server or on several sharing the database. Not an EJB
 * boundary: it is called before anyone is signed in, and it grants nothing.
 */
@ApplicationScoped
public class SignInAttempts {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    IdentityStore identities;

    private final Clock clock = Clock.systemUTC();

    /** When the account named opens again, if it is locked now. */
    @Transactional(TxType.SUPPORTS)
    public Optional<Instant> lockedUntil(String username) {
        Instant now = clock.instant();
        return PasswordCheckPlaces.of(checksOf(username), now).lockedUntil(now);
    }

    /**
     * An attempt to sign in as {@code username}: a place to check its password in, a refusal (recorded) while the
     * account is locked, or a wait while the places are taken by checks under way. A transaction of its own, so the
     * place is taken for every server to see before the password is tried. Two attempts that race for one place
     * cannot both take it: the loser's transaction fails on the primary key and it asks again.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public PasswordCheckPlaces.Answer attempt(String username, String address, String userAgent, String mechanism) {
        Instant now = clock.instant();
        List<PasswordCheck> checks = checksOf(username);
        PasswordCheckPlaces.Answer answer = PasswordCheckPlaces.of(checks, now).attempt(username, now);
        if (answer instanceof PasswordCheckPlaces.Start start) {
            checks.stream().filter(check -> !check.holdsPlaceAt(now)).forEach(em::remove);
            em.flush();
            em.persist(start.check());
            em.flush();
        } else if (answer instanceof PasswordCheckPlaces.Locked locked) {
            auditTrail.recordSecurityEvent(AuditAction.SIGN_IN_LOCKED_OUT, AuditOutcome.DENIED, username, Set.of(),
                    address, userAgent, mechanism + ", locked until " + locked.until());
        }
        return answer;
    }

    /** The password was wrong: its place stays taken for the lockout's window, and the failure is recorded with it. */
    @Transactional(TxType.REQUIRES_NEW)
    public void failed(PasswordCheck.Key place, String username, String address, String userAgent, String mechanism) {
        if (place != null) {
            PasswordCheck check = em.find(PasswordCheck.class, place);
            if (check != null) {
                check.failed(clock.instant());
            }
        }
        auditTrail.recordSecurityEvent(AuditAction.SIGN_IN_FAILED, AuditOutcome.DENIED, username, Set.of(), address,
                userAgent, mechanism);
        if (identities.answersWithoutAHash(username)) {
            // A made-up or disabled name fails as slowly as a real one, so timing tells no one which names exist.
            identities.spendAPasswordCheck();
        }
    }

    /** The check ended without failing (the password was right, or none was checked): its place is free again. */
    @Transactional(TxType.REQUIRES_NEW)
    public void ended(PasswordCheck.Key place) {
        PasswordCheck check = em.find(PasswordCheck.class, place);
        if (check != null && !check.hasFailed()) {
            em.remove(check);
        }
    }

    private List<PasswordCheck> checksOf(String username) {
        return em.createQuery("SELECT c FROM PasswordCheck c WHERE c.accountName = :name", PasswordCheck.class)
                .setParameter("name", username).getResultList();
    }
}
