package uk.imap.audit.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.audit.AuditEvent;
import uk.imap.audit.AuditEventView;

/** The conditions of one search of the audit trail and their values, as JPQL over the events {@code a}. */
public final class AuditEventFilter {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new HashMap<>();

    /** Adds a condition with its one parameter, unless the value is null: a null filter matches all. */
    public AuditEventFilter where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** From the first moment, before the second; either may be null. */
    public AuditEventFilter period(OffsetDateTime from, OffsetDateTime to) {
        return where("a.occurredAt >= :from", "from", from).where("a.occurredAt < :to", "to", to);
    }

    /** Events of any of these records, ids by record type. */
    public AuditEventFilter ofRecords(Map<String, List<String>> idsByType) {
        List<String> kinds = new ArrayList<>();
        for (Map.Entry<String, List<String>> records : idsByType.entrySet()) {
            int n = kinds.size();
            kinds.add("(a.recordType = :type" + n + " AND a.recordId IN :ids" + n + ")");
            parameters.put("type" + n, records.getKey());
            parameters.put("ids" + n, records.getValue());
        }
        conditions.add(kinds.isEmpty() ? "1 = 0" : "(" + String.join(" OR ", kinds) + ")");
        return this;
    }

    public long count(EntityManager em) {
        TypedQuery<Long> query = em.createQuery("SELECT COUNT(a) FROM AuditEvent a" + clause(), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    /** At most {@code max} events from the {@code first}, in the JPQL order given. */
    public List<AuditEventView> events(EntityManager em, String orderBy, int first, int max) {
        TypedQuery<AuditEvent> query = em.createQuery("SELECT a FROM AuditEvent a" + clause() + " ORDER BY "
                + orderBy, AuditEvent.class).setFirstResult(first).setMaxResults(max);
        parameters.forEach(query::setParameter);
        return query.getResultStream().map(AuditEventView::of).toList();
    }

    private String clause() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }
}
