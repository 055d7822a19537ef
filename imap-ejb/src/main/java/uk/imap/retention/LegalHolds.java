package uk.imap.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Optional;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.retention.control.RetainedEnquiries;

/**
 * R33: legal holds, placed and lifted by the enquiry's team manager or the Caldicott Guardian. The hold's reason
 * stays with the hold; the audit event names the enquiry only, as a reason may name a person.
 */
@Stateless
public class LegalHolds {

    /** A hold as the API and pages show it. */
    public record Hold(String reference, String reason, String placedBy, OffsetDateTime placedAt)
            implements Serializable {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RetainedEnquiries retained;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public Hold place(String reference, String reason) {
        Enquiry enquiry = retained.decidedBySignedIn(reference, "legal hold");
        boolean held = retained.holdOn(enquiry).isPresent();
        LegalHold hold = LegalHold.place(enquiry.id(), reason, held, signedIn.member(), OffsetDateTime.now(clock));
        em.persist(hold);
        auditTrail.record(AuditAction.LEGAL_HOLD_ADDED, RecordType.ENQUIRY, enquiry.reference().value());
        return new Hold(enquiry.reference().value(), hold.reason(), hold.placedBy(), hold.placedAt());
    }

    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public void lift(String reference) {
        Enquiry enquiry = retained.decidedBySignedIn(reference, "legal hold");
        LegalHold hold = retained.holdOn(enquiry).orElseThrow(() -> new NotHeld(enquiry.reference().value()));
        hold.lift(signedIn.member(), OffsetDateTime.now(clock));
        auditTrail.record(AuditAction.LEGAL_HOLD_REMOVED, RecordType.ENQUIRY, enquiry.reference().value());
    }

    /** The hold in place on the enquiry, if there is one. */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public Optional<Hold> holdOn(String reference) {
        Enquiry enquiry = retained.decidedBySignedIn(reference, "legal hold");
        return retained.holdOn(enquiry).map(h -> new Hold(reference, h.reason(), h.placedBy(), h.placedAt()));
    }
}
