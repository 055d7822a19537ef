package uk.imap.consent.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.imap.consent.ConsentOverride;
import uk.imap.consent.ConsentOverrideView;
import uk.imap.enquiry.Enquiry;

/** Every override asked for on an enquiry the caller has been let into, oldest first; its reader audits the read. */
@ApplicationScoped
public class OverrideHistory {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    public List<ConsentOverrideView> of(Enquiry enquiry) {
        return em.createQuery("SELECT o FROM ConsentOverride o WHERE o.enquiryId = :enquiry ORDER BY o.requestedAt,"
                        + " o.id", ConsentOverride.class).setParameter("enquiry", enquiry.id()).getResultStream()
                .map(o -> ConsentOverrideView.of(o, enquiry.reference().value())).toList();
    }
}
