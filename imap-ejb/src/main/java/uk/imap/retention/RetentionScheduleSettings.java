package uk.imap.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import uk.imap.access.Roles;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Outcome;

/** R33: the council's retention schedule, kept by administrators; a change is a privileged change. */
@Stateless
public class RetentionScheduleSettings {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public RetentionSchedule schedule() {
        Map<Outcome, Period> periods = new EnumMap<>(Outcome.class);
        for (RetentionPeriod period : em.createQuery("SELECT r FROM RetentionPeriod r", RetentionPeriod.class)
                .getResultList()) {
            periods.put(period.outcome(), period.period());
        }
        return RetentionSchedule.of(periods);
    }

    /**
     * Sets a period for every outcome. Enquiries already closed are judged by the new schedule from now on; nothing
     * is disposed of by a change, since disposal is always confirmed by a person.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public RetentionSchedule change(Map<String, String> typed) {
        RetentionSchedule next = RetentionSchedule.parse(typed);
        RetentionSchedule before = schedule();
        for (RetentionPeriod period : em.createQuery("SELECT r FROM RetentionPeriod r", RetentionPeriod.class)
                .getResultList()) {
            period.change(next.periodFor(period.outcome()));
        }
        auditTrail.record(AuditAction.RETENTION_SCHEDULE_CHANGED, RecordType.RETENTION_SCHEDULE, null,
                next.changesFrom(before));
        return next;
    }
}
