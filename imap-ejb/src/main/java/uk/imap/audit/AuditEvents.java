package uk.imap.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import uk.imap.access.Roles;
import uk.imap.audit.control.AuditEventFilter;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.audit.control.AuditTrail;

/** The audit trail as auditors search it (R18): by user, record, action and period; never case content. */
@Stateless
public class AuditEvents {

    public static final int MAX_RESULTS = 1000;
    private static final int AROUND = 5;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditSequencer sequencer;

    /**
     * Events matching every filter given (a null filter matches all), newest first, at most {@link #MAX_RESULTS}.
     */
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEventView> search(String user, String record, AuditAction action, OffsetDateTime from,
                                       OffsetDateTime to) {
        return read(new AuditEventFilter().where("a.actor = :user", "user", user)
                .where("a.recordId = :record", "record", record).where("a.action = :action", "action", action)
                .period(from, to));
    }

    /**
     * Events of any of these records (ids by record type) in the period, newest first, at most
     * {@link #MAX_RESULTS}: everything that touched one enquiry and what belongs to it (R20).
     */
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEventView> ofRecords(Map<String, List<String>> idsByType, OffsetDateTime from,
                                          OffsetDateTime to) {
        if (idsByType.isEmpty()) {
            return List.of();
        }
        return read(new AuditEventFilter().ofRecords(idsByType).period(from, to));
    }

    /** Reading the events is itself an audit event. The newest events are placed in the chain first. */
    private List<AuditEventView> read(AuditEventFilter filter) {
        sequencer.placeWaiting();
        List<AuditEventView> events = filter.events(em, "a.position DESC", 0, MAX_RESULTS);
        auditTrail.record(AuditAction.AUDIT_EVENTS_READ, null, null);
        return events;
    }

    /** The events either side of a position, oldest first: what an auditor reads around a bad event (R34). */
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEventView> around(long position) {
        sequencer.placeWaiting();
        List<AuditEventView> events = em.createQuery("SELECT a FROM AuditEvent a WHERE a.position BETWEEN :first"
                        + " AND :last ORDER BY a.position", AuditEvent.class)
                .setParameter("first", position - AROUND).setParameter("last", position + AROUND)
                .getResultStream().map(AuditEventView::of).toList();
        auditTrail.record(AuditAction.AUDIT_EVENTS_READ, null, null, "around position " + position);
        return events;
    }
}
