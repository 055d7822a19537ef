package uk.imap.advice.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.imap.advice.AdviceRequest;
import uk.imap.advice.AdviceView;
import uk.imap.enquiry.Enquiry;

/** Every question about an enquiry the caller has been let into, with its advice; its reader audits the read. */
@ApplicationScoped
public class AdviceHistory {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    public List<AdviceView> of(Enquiry enquiry) {
        return em.createQuery("SELECT a FROM AdviceRequest a WHERE a.enquiryId = :enquiry ORDER BY a.askedAt, a.id",
                        AdviceRequest.class).setParameter("enquiry", enquiry.id()).getResultStream()
                .map(a -> AdviceView.of(a, enquiry.reference().value(), enquiry.summary(), true)).toList();
    }
}
