package uk.imap.audit;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What happened, as the audit trail will record it, before it takes its place in the chain.
 *
 * @param recordType the kind of record touched, such as "Enquiry", or null for none
 * @param recordId   the record's identifier, such as its reference, or null
 * @param origin     the client's address
 * @param reason     a reason the actor gave, or null
 */
public record Occurrence(String actor, Set<String> roles, OffsetDateTime at, AuditAction action, String recordType,
                         String recordId, AuditOutcome outcome, String origin, String userAgent, String reason) {

    public Occurrence {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        roles = Set.copyOf(new TreeSet<>(roles));
    }
}
