package uk.imap.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.consent.ConsentDecision;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.control.KnownEnquiries;

/** Every decision to share or not about an enquiry, by anyone, in the order they were made (R11). */
@Stateless
public class Decisions {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    KnownEnquiries enquiries;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<DecisionRecord> forEnquiry(String reference) {
        Enquiry enquiry = enquiries.withinNeedToKnow(reference);
        List<DecisionRecord> decisions = new ArrayList<>();
        for (ConsentDecision consent : enquiry.consentHistory()) {
            decisions.add(new DecisionRecord(DecisionRecord.Kind.CONSENT, consent.kind().name(),
                    consentReasons(consent), null, consent.decidedBy(), consent.decidedAt(), consent.id()));
        }
        List<InformationRequest> requests = em.createQuery("SELECT r FROM InformationRequest r WHERE r.enquiry ="
                + " :enquiry ORDER BY r.sentAt, r.id", InformationRequest.class).setParameter("enquiry", enquiry)
                .getResultList();
        for (InformationRequest request : requests) {
            decisions.add(new DecisionRecord(DecisionRecord.Kind.REQUEST, RequestStatus.SENT.name(),
                    request.necessity(), request.agency(), request.sentBy(), request.sentAt(), request.id()));
            if (request.status() == RequestStatus.WITHDRAWN) {
                decisions.add(new DecisionRecord(DecisionRecord.Kind.REQUEST_WITHDRAWN, RequestStatus.WITHDRAWN.name(),
                        request.withdrawalReason(), request.agency(), request.withdrawnBy(), request.withdrawnAt(),
                        request.id()));
            }
            for (Disclosure disclosure : request.disclosures()) {
                decisions.add(new DecisionRecord(DecisionRecord.Kind.DISCLOSURE, disclosure.decision().name(),
                        disclosure.reasons(), request.agency(), disclosure.answeredBy(), disclosure.answeredAt(),
                        disclosure.id()));
            }
        }
        if (enquiry.outcome() != null) {
            decisions.add(new DecisionRecord(DecisionRecord.Kind.OUTCOME, enquiry.outcome().name(),
                    enquiry.outcomeReasons(), null, enquiry.lastChangedBy(), enquiry.closedAt(), null));
        }
        decisions.sort(Comparator.comparing(DecisionRecord::decidedAt));
        auditTrail.record(AuditAction.DECISIONS_READ, RecordType.ENQUIRY, enquiry.reference().value());
        return decisions;
    }

    // Each kind of consent decision keeps its reasons in its own field (R2–R5).
    private static String consentReasons(ConsentDecision consent) {
        return switch (consent.kind()) {
            case GRANTED -> "Given by " + consent.givenBy();
            case REFUSED -> consent.statement();
            case NOT_SOUGHT -> consent.justification();
            case IMPLIED_BY_SERVICE -> "Integral to " + consent.service() + ", agreed by " + consent.agreedBy();
        };
    }
}
