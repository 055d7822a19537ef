package uk.imap.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.consent.ConsentOverride;
import uk.imap.review.ReviewKind;
import uk.imap.review.control.ReviewQueue;
import uk.imap.sharing.control.KnownRequests;

/** Agencies' answers to the requests addressed to them (R11–R14, R4). */
@Stateless
public class Disclosures {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    KnownRequests requests;

    @Inject
    ReviewQueue reviewQueue;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records the caller's agency's answer, or a correction that supersedes the answer in force. A share relies on
     * the enquiry's consent decision in force; when that is a refusal, a share needs an approved override (R4).
     *
     * @throws uk.imap.shared.InvalidInput naming every problem; nothing is recorded then
     */
    @RolesAllowed(Roles.AGENCY_RESPONDER)
    public DisclosureView disclose(long requestId, DisclosureDetails details) {
        InformationRequest request = requests.toAnswer(requestId);
        Disclosure disclosure = request.answer(details, request.enquiry().currentConsent(),
                override(details.overrideId(), request), signedIn.member(), OffsetDateTime.now(clock));
        em.flush();
        auditTrail.record(AuditAction.DISCLOSURE_RECORDED, RecordType.DISCLOSURE, String.valueOf(disclosure.id()));
        if (disclosure.items().stream().anyMatch(item -> item.sensitivity().isGuarded())) {
            reviewQueue.raise(ReviewKind.SENSITIVE_DISCLOSURE, request.enquiry().reference().value(), RecordType.DISCLOSURE,
                    disclosure.id(), disclosure.items().stream().filter(item -> item.sensitivity().isGuarded()).count()
                            + " sensitive or restricted item(s) from " + request.agency());
        }
        return DisclosureView.of(disclosure);
    }

    // Only an override of this request's own enquiry can be relied on.
    private ConsentOverride override(Long id, InformationRequest request) {
        ConsentOverride override = id == null ? null : em.find(ConsentOverride.class, id);
        return override != null && override.enquiryId().equals(request.enquiry().id()) ? override : null;
    }
}
