package uk.imap.calendar.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import uk.imap.calendar.BankHoliday;
import uk.imap.calendar.WorkingCalendar;

/** The working calendar as the bank-holiday table says today; read afresh so an administrator's edit applies at once. */
@ApplicationScoped
public class HubCalendar {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    public WorkingCalendar workingCalendar() {
        return new WorkingCalendar(new HashSet<>(em.createQuery("SELECT b FROM BankHoliday b", BankHoliday.class)
                .getResultStream().map(BankHoliday::day).toList()));
    }
}
