package uk.imap.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.imap.access.Roles;
import uk.imap.access.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditTrail;

/** Agencies' answers to the requests addressed to them (R11–R14, R4). */
@Stateless
public class Disclosures {

    static final String RECORD_TYPE = "Disclosure";

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    KnownRequests requests;

    private final Clock clock = Clock.systemUTC();

    /**
     * Records the caller's agency's answer, or a correction that supersedes the answer in force. A share relies on
     * the enquiry's consent decision in force; when that is a refusal, a share needs an approved override (R4).
     *
     * @throws uk.imap.shared.InvalidInput naming every problem; nothing is recorded then
     */
    @RolesAllowed(Roles.AGENCY_RESPONDER)
    public DisclosureView disclose(long requestId, DisclosureDetails details) {
        InformationRequest request = requests.addressedToCaller(requestId);
        Disclosure disclosure = request.answer(details, request.enquiry().currentConsent(), signedIn.member(),
                OffsetDateTime.now(clock));
        em.flush();
        auditTrail.record(AuditAction.DISCLOSURE_RECORDED, RECORD_TYPE, String.valueOf(disclosure.id()));
        return DisclosureView.of(disclosure);
    }
}
