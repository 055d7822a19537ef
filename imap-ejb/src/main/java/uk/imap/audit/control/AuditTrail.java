package uk.imap.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import uk.imap.access.StaffMember;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditEntry;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.Occurrence;
import uk.imap.audit.RecordType;

/**
 * Writes audit events (R18, R19). An event of a change joins the change's transaction, so the change and its event
 * commit together or not at all; if the event cannot be stored, the change fails. No transaction waits for another
 * to write its event: the {@link AuditSequencer} links committed events into the chain about a second later.
 */
@ApplicationScoped
public class AuditTrail {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    Acting acting;

    @Inject
    RequestOrigin origin;

    private final Clock clock = Clock.systemUTC();

    /** Records what the signed-in person did, inside the transaction of the action itself. */
    @Transactional(TxType.MANDATORY)
    public void record(AuditAction action, RecordType recordType, String recordId) {
        append(action, recordType, recordId, AuditOutcome.SUCCESS, null);
    }

    /** As {@link #record}, with the reason the person gave for the action (R18). */
    @Transactional(TxType.MANDATORY)
    public void record(AuditAction action, RecordType recordType, String recordId, String reason) {
        append(action, recordType, recordId, AuditOutcome.SUCCESS, reason);
    }

    /**
     * Records what the signed-in person's action refused to use (a record found altered), inside that action's
     * transaction: it commits with what the action did about it, or neither does and the next action finds it again.
     */
    @Transactional(TxType.MANDATORY)
    public void recordRefusal(AuditAction action, RecordType recordType, String recordId, String reason) {
        append(action, recordType, recordId, AuditOutcome.DENIED, reason);
    }

    /** Records a refusal in a transaction of its own, so it stays when the refused action rolls back (R16). */
    @Transactional(TxType.REQUIRES_NEW)
    public void recordDenial(RecordType recordType, String recordId, String reason) {
        append(AuditAction.ACCESS_DENIED, recordType, recordId, AuditOutcome.DENIED, reason);
    }

    /**
     * Records what the server's security layer saw (a sign-in, a failed password check, a session that ended),
     * where there is no signed-in caller to name: the actor is the name given or tried. Joins the transaction of
     * what it describes (a failed check and the place it keeps), or has one of its own.
     */
    @Transactional(TxType.REQUIRED)
    public void recordSecurityEvent(AuditAction action, AuditOutcome outcome, String actor, Set<String> roles,
                                    String address, String userAgent, String reason) {
        append(new Occurrence(actor == null || actor.isBlank() ? "(none)" : actor, roles, OffsetDateTime.now(clock),
                action, null, null, outcome, address, userAgent, reason));
    }

    /**
     * Records what arrived from outside sign-in, such as a professional's online referral (R32): the actor is who the
     * sender says they are, the origin the request's.
     */
    @Transactional(TxType.REQUIRED)
    public void recordArrival(AuditAction action, AuditOutcome outcome, String actor, RecordType recordType,
                              String recordId, String reason) {
        append(new Occurrence(actor, Set.of(), OffsetDateTime.now(clock), action,
                recordType == null ? null : recordType.stored(), recordId, outcome, address(), userAgent(), reason));
    }

    private void append(AuditAction action, RecordType recordType, String recordId, AuditOutcome outcome,
                        String reason) {
        StaffMember actor = acting.member();
        append(new Occurrence(actor.username(), actor.roles(), OffsetDateTime.now(clock), action,
                recordType == null ? null : recordType.stored(), recordId, outcome, address(), userAgent(), reason));
    }

    // Written with its own hash and no lock: the sequencer links it into the chain once the transaction commits.
    private void append(Occurrence occurrence) {
        em.persist(AuditEntry.of(occurrence));
    }

    // Calls that arrive without an HTTP request (timers, tests in the container) have no origin.
    private String address() {
        try {
            return origin.address();
        } catch (ContextNotActiveException e) {
            return "internal";
        }
    }

    private String userAgent() {
        try {
            return origin.userAgent();
        } catch (ContextNotActiveException e) {
            return null;
        }
    }
}
