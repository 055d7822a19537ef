package uk.imap.sharing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.sharing.InformationRequest;
import uk.imap.sharing.RequestView;

/**
 * Every request about an enquiry the caller has already been let into, with every answer as this caller may see it
 * (R13); each view of sensitive content is audited in the caller's transaction, and so is the read itself unless it
 * is part of reading the whole enquiry, whose one event covers it.
 */
@ApplicationScoped
public class EnquiryAnswers {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    GuardedItems guardedItems;

    @Transactional(TxType.MANDATORY)
    public List<RequestView> of(Enquiry enquiry, OffsetDateTime now) {
        List<RequestView> views = withinEnquiry(enquiry, now);
        auditTrail.record(AuditAction.DISCLOSURES_READ, RecordType.ENQUIRY, enquiry.reference().value());
        return views;
    }

    /** As {@link #of}, read as part of the enquiry: the enquiry's read event covers it. */
    @Transactional(TxType.MANDATORY)
    public List<RequestView> withinEnquiry(Enquiry enquiry, OffsetDateTime now) {
        List<RequestView> views = asSeenBy(enquiry, now,
                NeedToKnow.of(signedIn.member()).seesGuardedContent(enquiry));
        views.forEach(view -> view.disclosures().forEach(guardedItems::viewed));
        return views;
    }

    /**
     * The views alone, with sensitive content only if {@code seesGuardedContent}: nothing is audited, so whoever shows
     * them to someone audits what that person sees.
     */
    @Transactional(TxType.MANDATORY)
    public List<RequestView> asSeenBy(Enquiry enquiry, OffsetDateTime now, boolean seesGuardedContent) {
        return em.createQuery("SELECT r FROM InformationRequest r WHERE r.enquiry = :enquiry"
                        + " ORDER BY r.sentAt, r.id", InformationRequest.class)
                .setParameter("enquiry", enquiry).getResultStream()
                .map(r -> RequestView.of(r, now, seesGuardedContent)).toList();
    }
}
