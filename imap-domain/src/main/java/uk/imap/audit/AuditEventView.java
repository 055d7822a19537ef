package uk.imap.audit;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Set;

/** An audit event as an auditor reads it (R18): who, which roles, when, what, which record, outcome, from where. */
public record AuditEventView(long position, String actor, Set<String> roles, OffsetDateTime occurredAt,
                             AuditAction action, String recordType, String recordId, AuditOutcome outcome,
                             String origin, String userAgent, String reason) implements Serializable {

    public static AuditEventView of(AuditEvent event) {
        return new AuditEventView(event.position(), event.actor(), event.roles(), event.occurredAt(), event.action(),
                event.recordType(), event.recordId(), event.outcome(), event.origin(), event.userAgent(),
                event.reason());
    }
}
