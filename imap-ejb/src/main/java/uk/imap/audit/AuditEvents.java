package uk.imap.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.imap.access.Roles;

/** The audit trail as auditors search it (R18): by user, record, action and period; never case content. */
@Stateless
public class AuditEvents {

    public static final int MAX_RESULTS = 1000;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    /**
     * Events matching every filter given (a null filter matches all), newest first, at most {@link #MAX_RESULTS}.
     */
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEventView> search(String user, String record, AuditAction action, OffsetDateTime from,
                                       OffsetDateTime to) {
        List<String> conditions = new ArrayList<>();
        if (user != null) {
            conditions.add("a.actor = :user");
        }
        if (record != null) {
            conditions.add("a.recordId = :record");
        }
        if (action != null) {
            conditions.add("a.action = :action");
        }
        if (from != null) {
            conditions.add("a.occurredAt >= :from");
        }
        if (to != null) {
            conditions.add("a.occurredAt < :to");
        }
        TypedQuery<AuditEvent> query = em.createQuery("SELECT a FROM AuditEvent a"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY a.position DESC", AuditEvent.class).setMaxResults(MAX_RESULTS);
        if (user != null) {
            query.setParameter("user", user);
        }
        if (record != null) {
            query.setParameter("record", record);
        }
        if (action != null) {
            query.setParameter("action", action);
        }
        if (from != null) {
            query.setParameter("from", from);
        }
        if (to != null) {
            query.setParameter("to", to);
        }
        List<AuditEventView> events = query.getResultStream().map(AuditEventView::of).toList();
        auditTrail.record(AuditAction.AUDIT_EVENTS_READ, null, null);
        return events;
    }
}
