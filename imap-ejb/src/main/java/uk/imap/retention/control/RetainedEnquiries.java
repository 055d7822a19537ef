package uk.imap.retention.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.retention.LegalHold;
import uk.imap.schema.control.RecordLocks;

/**
 * R33: an enquiry as legal holds and disposal decide on it: the Caldicott Guardian decides for every enquiry, a
 * manager for their teams'. Decisions on one enquiry wait for each other until commit, so a hold and a disposal never
 * pass each other.
 */
@ApplicationScoped
public class RetainedEnquiries {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RecordLocks recordLocks;

    @Inject
    KnownEnquiries knownEnquiries;

    /** The enquiry, held until commit, if the signed-in person decides on it; otherwise the refusal is audited. */
    public Enquiry decidedBySignedIn(String reference, String decision) {
        EnquiryReference parsed = EnquiryReference.parse(reference);
        recordLocks.holdUntilCommit(RecordType.ENQUIRY, parsed.value());
        Enquiry enquiry = knownEnquiries.load(parsed.value());
        if (!signedIn.member().has(Roles.CALDICOTT_GUARDIAN)
                && !NeedToKnow.of(signedIn.member()).managesTeamOf(enquiry)) {
            auditTrail.recordDenial(RecordType.ENQUIRY, parsed.value(), decision + ": not the team's manager");
            throw new OutsideNeedToKnow(parsed.value());
        }
        return enquiry;
    }

    /** The legal hold in place on the enquiry, if there is one. */
    public Optional<LegalHold> holdOn(Enquiry enquiry) {
        return em.createQuery("SELECT h FROM LegalHold h WHERE h.enquiryId = :enquiry AND h.liftedAt IS NULL",
                LegalHold.class).setParameter("enquiry", enquiry.id()).getResultStream().findFirst();
    }
}
