package uk.imap.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.access.Roles;
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

    /**
     * Events matching every filter given (a null filter matches all), newest first, at most {@link #MAX_RESULTS}.
     */
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEventView> search(String user, String record, AuditAction action, OffsetDateTime from,
                                       OffsetDateTime to) {
        Filter filter = new Filter();
        filter.add("a.actor = :user", "user", user);
        filter.add("a.recordId = :record", "record", record);
        filter.add("a.action = :action", "action", action);
        return filter.period(from, to).events();
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
        Filter filter = new Filter();
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, List<String>> records : idsByType.entrySet()) {
            int n = kinds.size();
            kinds.add("(a.recordType = :type" + n + " AND a.recordId IN :ids" + n + ")");
            filter.parameters.put("type" + n, records.getKey());
            filter.parameters.put("ids" + n, records.getValue());
        }
        filter.conditions.add("(" + String.join(" OR ", kinds) + ")");
        return filter.period(from, to).events();
    }

    /** The events either side of a position, oldest first: what an auditor reads around a bad event (R34). */
    @RolesAllowed(Roles.AUDITOR)
    public List<AuditEventView> around(long position) {
        List<AuditEventView> events = em.createQuery("SELECT a FROM AuditEvent a WHERE a.position BETWEEN :first"
                        + " AND :last ORDER BY a.position", AuditEvent.class)
                .setParameter("first", position - AROUND).setParameter("last", position + AROUND)
                .getResultStream().map(AuditEventView::of).toList();
        auditTrail.record(AuditAction.AUDIT_EVENTS_READ, null, null, "around position " + position);
        return events;
    }

    /** The conditions of one search and their values; reading the events is itself an audit event. */
    private final class Filter {

        final List<String> conditions = new ArrayList<>();
        final Map<String, Object> parameters = new HashMap<>();

        void add(String condition, String parameter, Object value) {
            if (value != null) {
                conditions.add(condition);
                parameters.put(parameter, value);
            }
        }

        Filter period(OffsetDateTime from, OffsetDateTime to) {
            add("a.occurredAt >= :from", "from", from);
            add("a.occurredAt < :to", "to", to);
            return this;
        }

        List<AuditEventView> events() {
            TypedQuery<AuditEvent> query = em.createQuery("SELECT a FROM AuditEvent a"
                    + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                    + " ORDER BY a.position DESC", AuditEvent.class).setMaxResults(MAX_RESULTS);
            parameters.forEach(query::setParameter);
            List<AuditEventView> events = query.getResultStream().map(AuditEventView::of).toList();
            auditTrail.record(AuditAction.AUDIT_EVENTS_READ, null, null);
            return events;
        }
    }
}
