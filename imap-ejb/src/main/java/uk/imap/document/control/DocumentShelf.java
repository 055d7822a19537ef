package uk.imap.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.imap.document.DocumentView;
import uk.imap.enquiry.Enquiry;

/**
 * R31: the documents kept with an enquiry or an answer, as listed: never their content. The caller has checked need
 * to know and records the read.
 */
@ApplicationScoped
public class DocumentShelf {

    private static final String LISTED = "SELECT new uk.imap.document.DocumentView(d.id, d.name, d.mediaType, d.byteCount,"
            + " d.sha256, d.addedBy, d.addedAt) FROM Document d";

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    /** Every document of the enquiry, the hub's and the agencies', oldest first. */
    public List<DocumentView> of(Enquiry enquiry) {
        return em.createQuery(LISTED + " WHERE d.enquiryId = :enquiry ORDER BY d.addedAt, d.id", DocumentView.class)
                .setParameter("enquiry", enquiry.id()).getResultList();
    }

    /** The documents of one answer, oldest first. */
    public List<DocumentView> ofRequest(long requestId) {
        return em.createQuery(LISTED + " WHERE d.requestId = :request ORDER BY d.addedAt, d.id", DocumentView.class)
                .setParameter("request", requestId).getResultList();
    }
}
