package uk.imap.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads audit events in position order a page at a time, clearing the persistence context between pages, so a
 * chain of any length is read in constant memory (R19).
 */
@ApplicationScoped
public class ChainReader {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    /** Hands each event after position {@code after} up to {@code upTo} to {@code each}, in order. */
    public void read(long after, long upTo, Consumer<AuditEvent> each) {
        long from = after;
        while (true) {
            List<AuditEvent> page = em.createQuery("SELECT a FROM AuditEvent a WHERE a.position > :after"
                            + " AND a.position <= :upTo ORDER BY a.position", AuditEvent.class)
                    .setParameter("after", from).setParameter("upTo", upTo).setMaxResults(PAGE)
                    .getResultList();
            page.forEach(each);
            if (page.size() < PAGE) {
                return;
            }
            from = page.get(page.size() - 1).position();
            em.clear();
        }
    }
}
