package uk.imap.enquiry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditTrail;

/**
 * Loads an enquiry for the signed-in person only within need to know (R16), or under emergency access (R23): outside it, the refusal is audited
 * in a transaction of its own and the caller gets {@link OutsideNeedToKnow}, never a pretence that it does not exist.
 */
@ApplicationScoped
public class KnownEnquiries {

    public static final String RECORD_TYPE = "Enquiry";

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemUTC();

    public Enquiry withinNeedToKnow(String reference) {
        EnquiryReference parsed = EnquiryReference.parse(reference);
        Enquiry enquiry;
        try {
            enquiry = em.createQuery("SELECT e FROM Enquiry e WHERE e.reference = :reference", Enquiry.class)
                    .setParameter("reference", parsed)
                    .getSingleResult();
        } catch (NoResultException e) {
            throw new NoSuchEnquiry(parsed.value());
        }
        if (!NeedToKnow.of(signedIn.member()).permits(enquiry)) {
            if (underEmergencyAccess(enquiry)) {
                // R23: every read during break-glass is an event of its own, beside the read's usual one.
                auditTrail.record(AuditAction.EMERGENCY_READ, RECORD_TYPE, parsed.value());
                return enquiry;
            }
            auditTrail.recordDenial(RECORD_TYPE, parsed.value(), "outside need to know");
            throw new OutsideNeedToKnow(parsed.value());
        }
        return enquiry;
    }

    private boolean underEmergencyAccess(Enquiry enquiry) {
        return em.createQuery("SELECT COUNT(a) FROM EmergencyAccess a WHERE a.enquiryId = :enquiry"
                        + " AND a.username = :me AND a.expiresAt > :now", Long.class)
                .setParameter("enquiry", enquiry.id()).setParameter("me", signedIn.member().username())
                .setParameter("now", OffsetDateTime.now(clock)).getSingleResult() > 0;
    }
}
