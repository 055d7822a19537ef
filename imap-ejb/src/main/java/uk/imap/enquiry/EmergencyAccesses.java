package uk.imap.enquiry;

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
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.review.ReviewKind;
import uk.imap.review.control.ReviewQueue;

/** R23 break-glass: emergency access to one enquiry for 60 minutes, audited and queued for review. */
@Stateless
public class EmergencyAccesses {

    /** What the caller is told: until when the access lasts. */
    public record Grant(String reference, OffsetDateTime expiresAt) {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ReviewQueue reviewQueue;

    @Inject
    KnownEnquiries knownEnquiries;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public Grant grant(String reference, String reason) {
        EnquiryReference parsed = EnquiryReference.parse(reference);
        Enquiry enquiry = knownEnquiries.load(parsed.value());
        EmergencyAccess access = EmergencyAccess.grant(enquiry, signedIn.member(), reason, OffsetDateTime.now(clock));
        em.persist(access);
        em.flush();
        auditTrail.record(AuditAction.EMERGENCY_ACCESS_GRANTED, RecordType.ENQUIRY, parsed.value());
        reviewQueue.raise(ReviewKind.EMERGENCY_ACCESS, parsed.value(), RecordType.EMERGENCY_ACCESS, access.id(), access.reason());
        return new Grant(parsed.value(), access.expiresAt());
    }
}
