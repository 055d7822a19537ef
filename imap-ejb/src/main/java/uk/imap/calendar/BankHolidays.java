package uk.imap.calendar;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.shared.InvalidInput;

/** The maintained table of bank holidays that decides working days (R15), kept by administrators. */
@Stateless
public class BankHolidays {

    /** A bank holiday as the API shows it. */
    public record Holiday(LocalDate day, String name) implements Serializable {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.MANAGER, Roles.PRACTITIONER})
    public List<Holiday> all() {
        return em.createQuery("SELECT b FROM BankHoliday b ORDER BY b.day", BankHoliday.class).getResultStream()
                .map(b -> new Holiday(b.day(), b.name())).toList();
    }

    /** Adds a bank holiday; due times computed from now on skip it. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Holiday add(LocalDate day, String name) {
        BankHoliday holiday = BankHoliday.of(day, name);
        if (em.find(BankHoliday.class, day) != null) {
            throw new InvalidInput("day", "That day is already a bank holiday");
        }
        em.persist(holiday);
        auditTrail.record(AuditAction.BANK_HOLIDAY_ADDED, RecordType.BANK_HOLIDAY, day.toString());
        return new Holiday(holiday.day(), holiday.name());
    }

    /** Removes a day entered in error; due times already set are not changed. */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public void remove(LocalDate day) {
        BankHoliday holiday = em.find(BankHoliday.class, day);
        if (holiday == null) {
            throw new InvalidInput("day", "That day is not a bank holiday");
        }
        em.remove(holiday);
        auditTrail.record(AuditAction.BANK_HOLIDAY_REMOVED, RecordType.BANK_HOLIDAY, day.toString());
    }
}
