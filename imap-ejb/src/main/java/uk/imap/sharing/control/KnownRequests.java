package uk.imap.sharing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.ReadingOnly;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.control.CheckedEnquiries;
import uk.imap.schema.control.RecordLocks;
import uk.imap.sharing.InformationRequest;
import uk.imap.sharing.NoSuchRequest;

/**
 * Loads an information request for the signed-in person within need to know (R16): the hub through the enquiry's
 * owner and team, an agency responder only when the request is addressed to its agency. A refusal is audited.
 */
@ApplicationScoped
public class KnownRequests {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RecordLocks recordLocks;

    @Inject
    CheckedEnquiries checkedEnquiries;

    /** For the hub: the request of an enquiry the caller may see. */
    public InformationRequest ofKnownEnquiry(long id) {
        InformationRequest request = load(id);
        if (!NeedToKnow.of(signedIn.member()).permits(request.enquiry())) {
            throw refused(id);
        }
        checkedEnquiries.passed(request.enquiry());
        return request;
    }

    /**
     * For an agency responder about to answer: the request addressed to its agency, held until the answer commits, so a second answer begun at the same moment waits and then meets the first (R21).
     */
    public InformationRequest toAnswer(long id) {
        holdWithItsEnquiry(id);
        return addressedToCaller(id);
    }

    // An answer or a withdrawal may move the enquiry on too: the request first, then its enquiry, always in this order.
    private void holdWithItsEnquiry(long id) {
        recordLocks.holdUntilCommit(RecordType.INFORMATION_REQUEST, id);
        em.createQuery("SELECT r.enquiry.reference FROM InformationRequest r WHERE r.id = :id", EnquiryReference.class)
                .setParameter("id", id).getResultStream().findFirst()
                .ifPresent(reference -> recordLocks.holdUntilCommit(RecordType.ENQUIRY, reference.value()));
    }

    /** For the hub: a request the caller is about to change, which only the enquiry's owner and manager may. */
    public InformationRequest forChange(long id) {
        holdWithItsEnquiry(id);
        InformationRequest request = ofKnownEnquiry(id);
        if (!NeedToKnow.of(signedIn.member()).permitsChange(request.enquiry())) {
            auditTrail.recordDenial(RecordType.INFORMATION_REQUEST, String.valueOf(id), "reading only: not the owner or manager");
            throw new ReadingOnly(String.valueOf(id));
        }
        return request;
    }

    /** For an agency responder: a request addressed to its own agency. */
    public InformationRequest addressedToCaller(long id) {
        InformationRequest request = load(id);
        if (!request.isAddressedTo(signedIn.member())) {
            throw refused(id);
        }
        return request;
    }

    private InformationRequest load(long id) {
        InformationRequest request = em.find(InformationRequest.class, id);
        if (request == null) {
            throw new NoSuchRequest(id);
        }
        // R33: a disposed enquiry's requests answer what happened to it, for the agencies too.
        request.enquiry().requireNotDisposed();
        return request;
    }

    private OutsideNeedToKnow refused(long id) {
        auditTrail.recordDenial(RecordType.INFORMATION_REQUEST, String.valueOf(id), "outside need to know");
        return new OutsideNeedToKnow(String.valueOf(id));
    }
}
