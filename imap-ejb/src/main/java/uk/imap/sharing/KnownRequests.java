package uk.imap.sharing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.SignedIn;
import uk.imap.audit.AuditTrail;
import uk.imap.enquiry.NeedToKnow;

/**
 * Loads an information request for the signed-in person within need to know (R16): the hub through the enquiry's
 * owner and team, an agency responder only when the request is addressed to its agency. A refusal is audited.
 */
@ApplicationScoped
public class KnownRequests {

    public static final String RECORD_TYPE = "InformationRequest";

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    /** For the hub: the request of an enquiry the caller may see. */
    public InformationRequest ofKnownEnquiry(long id) {
        InformationRequest request = load(id);
        if (!NeedToKnow.of(signedIn.member()).permits(request.enquiry())) {
            throw refused(id);
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
        return request;
    }

    private OutsideNeedToKnow refused(long id) {
        auditTrail.recordDenial(RECORD_TYPE, String.valueOf(id), "outside need to know");
        return new OutsideNeedToKnow(String.valueOf(id));
    }
}
