package uk.imap.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.review.ReviewKind;
import uk.imap.review.control.ReviewQueue;

/** Consent decisions on enquiries: recorded by the owner or its manager, the history read within need to know. */
@Stateless
public class ConsentDecisions {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    KnownEnquiries enquiries;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ReviewQueue reviewQueue;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records a decision that supersedes the current one (R2–R9, R6).
     *
     * @throws uk.imap.shared.InvalidInput when the decision lacks what its kind needs; nothing is recorded then
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public ConsentView record(String reference, ConsentDetails details) {
        Enquiry enquiry = enquiries.forChange(reference);
        ConsentDecision decision = enquiry.record(details, signedIn.member(), OffsetDateTime.now(clock));
        em.flush();
        auditTrail.record(AuditAction.CONSENT_RECORDED, RecordType.ENQUIRY, enquiry.reference().value());
        if (decision.kind().needsReview()) {
            reviewQueue.raise(ReviewKind.CONSENT_NOT_SOUGHT, enquiry.reference().value(), RecordType.CONSENT_DECISION,
                    decision.id(), decision.justification());
        }
        return ConsentView.of(decision);
    }

    /** Every decision on the enquiry, oldest first (R6). */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.AUDITOR, Roles.ADMINISTRATOR})
    public List<ConsentView> history(String reference) {
        Enquiry enquiry = enquiries.withinNeedToKnow(reference);
        auditTrail.record(AuditAction.CONSENT_HISTORY_READ, RecordType.ENQUIRY, enquiry.reference().value());
        return enquiry.consentHistory().stream().map(ConsentView::of).toList();
    }
}
