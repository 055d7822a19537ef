package uk.imap.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditEvent;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.report.control.ReportStamps;

/**
 * R20: privileged changes, newest first: accounts created and disabled, roles granted and removed, passwords reset,
 * agencies and teams changed, and the administered lists and settings (legal gateways, concern categories,
 * agencies' mailboxes, response times, bank holidays). A change an administrator made to their own account is
 * flagged, a role granted to oneself above all.
 */
@Stateless
public class PrivilegedChangesReport {

    static final List<AuditAction> PRIVILEGED = List.of(AuditAction.ACCOUNT_CREATED, AuditAction.ROLE_GRANTED,
            AuditAction.ROLE_REMOVED, AuditAction.ACCOUNT_DETAILS_CHANGED, AuditAction.PASSWORD_RESET,
            AuditAction.ACCOUNT_DISABLED, AuditAction.REFERENCE_ENTRY_ADDED, AuditAction.REFERENCE_ENTRY_CHANGED,
            AuditAction.AGENCY_MAILBOX_CHANGED, AuditAction.RESPONSE_TIMES_CHANGED, AuditAction.DECISION_TIMES_CHANGED,
            AuditAction.BANK_HOLIDAY_ADDED, AuditAction.BANK_HOLIDAY_REMOVED, AuditAction.CHECKPOINT_KEY_ROTATED,
            AuditAction.RETENTION_SCHEDULE_CHANGED);
    static final int MAX_ROWS = 1000;

    /**
     * One change: who made it with which roles, what, to which record (an account's user name, a list entry's
     * code), and whether it was to their own account.
     */
    public record Change(long position, OffsetDateTime at, String actor, List<String> actorRoles, AuditAction action,
                         String recordType, String record, String detail, String flag) {
    }

    /** The changes, the report's table, and its stamp. */
    public record Stamped(List<Change> changes, ReportTable table, ReportStamp stamp) {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    ReportStamps stamps;

    @Inject
    AuditSequencer sequencer;

    @RolesAllowed(Roles.AUDITOR)
    public Stamped generate(OffsetDateTime from, OffsetDateTime to, ReportFormat format) {
        sequencer.placeWaiting();
        List<Change> changes = em.createQuery("SELECT a FROM AuditEvent a WHERE a.action IN :actions"
                        + " AND a.occurredAt >= :from AND a.occurredAt < :to ORDER BY a.position DESC", AuditEvent.class)
                .setParameter("actions", PRIVILEGED)
                .setParameter("from", from == null ? OffsetDateTime.of(2000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC) : from)
                .setParameter("to", to == null ? OffsetDateTime.now(ZoneOffset.UTC).plusDays(1) : to)
                .setMaxResults(MAX_ROWS).getResultStream().map(PrivilegedChangesReport::change).toList();
        ReportTable table = new ReportTable("Privileged changes, newest first", List.of("When (UK time)",
                "Timestamp (UTC)", "Who", "Their roles", "Change", "Account or entry", "Role or detail", "Flag"),
                changes.stream().map(c -> List.of(WorkingCalendar.dayAndTime(c.at()), c.at().toString(), c.actor(),
                        String.join(", ", c.actorRoles()), c.action().name(), c.record() == null ? "" : c.record(),
                        c.detail() == null ? "" : c.detail(), c.flag())).toList());
        return new Stamped(changes, table, stamps.stamp("privileged-changes", format, null));
    }

    private static Change change(AuditEvent event) {
        boolean own = "User".equals(event.recordType()) && event.actor().equals(event.recordId());
        String flag = !own ? "" : event.action() == AuditAction.ROLE_GRANTED ? "SELF-GRANT" : "Own account";
        return new Change(event.position(), event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC), event.actor(),
                event.roles().stream().sorted().toList(), event.action(), event.recordType(), event.recordId(),
                event.reason(), flag);
    }
}
