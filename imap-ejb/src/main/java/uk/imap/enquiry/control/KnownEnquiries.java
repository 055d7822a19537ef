package uk.imap.enquiry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.ReadingOnly;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.EmergencyAccess;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryDisposed;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.NoSuchEnquiry;
import uk.imap.schema.control.RecordLocks;

/**
 * Loads an enquiry for the signed-in person only within need to know (R16), or under emergency access (R23): outside
 * it, the refusal is audited in a transaction of its own and the caller gets {@link OutsideNeedToKnow}, never a
 * pretence that it does not exist. Changes need more: see {@link #forChange}.
 */
@ApplicationScoped
public class KnownEnquiries {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RecordLocks recordLocks;

    @Inject
    CheckedEnquiries checked;

    private final Clock clock = Clock.systemUTC();

    public Enquiry withinNeedToKnow(String reference) {
        Enquiry enquiry = load(reference);
        if (!NeedToKnow.of(signedIn.member()).permits(enquiry)) {
            if (underEmergencyAccess(enquiry)) {
                // R23: every read during break-glass is an event of its own, beside the read's usual one.
                auditTrail.record(AuditAction.EMERGENCY_READ, RecordType.ENQUIRY, enquiry.reference().value());
                checked.passed(enquiry);
                return enquiry;
            }
            throw refused(enquiry, "outside need to know", new OutsideNeedToKnow(enquiry.reference().value()));
        }
        checked.passed(enquiry);
        return enquiry;
    }

    /**
     * Loads an enquiry the signed-in person is about to change: only its owner and its team's manager may. Someone
     * who may only read it (assigned, or under emergency access) is refused and the refusal audited; nothing is
     * read, so no read is recorded either. The enquiry is held until the change commits ({@link RecordLocks}): a
     * second change begun from the same version waits, then finds the version moved on and is told (R21).
     */
    public Enquiry forChange(String reference) {
        recordLocks.holdUntilCommit(RecordType.ENQUIRY, EnquiryReference.parse(reference).value());
        Enquiry enquiry = load(reference);
        NeedToKnow needToKnow = NeedToKnow.of(signedIn.member());
        if (needToKnow.permitsChange(enquiry)) {
            checked.passed(enquiry);
            return enquiry;
        }
        if (needToKnow.permits(enquiry) || underEmergencyAccess(enquiry)) {
            throw refused(enquiry, "reading only: not the owner or manager", new ReadingOnly(enquiry.reference().value()));
        }
        throw refused(enquiry, "outside need to know", new OutsideNeedToKnow(enquiry.reference().value()));
    }

    /**
     * Loads an enquiry the signed-in person is about to add to, such as a case note (R29): those who work on it (its
     * owner, its assigned practitioners and its team's manager) may; someone reading under emergency access only
     * reads. Additions to one enquiry wait for each other until commit, so a check of what is already there holds.
     */
    public Enquiry forAddition(String reference) {
        recordLocks.holdUntilCommit(RecordType.ENQUIRY, EnquiryReference.parse(reference).value());
        Enquiry enquiry = load(reference);
        if (NeedToKnow.of(signedIn.member()).permits(enquiry)) {
            checked.passed(enquiry);
            return enquiry;
        }
        if (underEmergencyAccess(enquiry)) {
            throw refused(enquiry, "reading only: emergency access", new ReadingOnly(enquiry.reference().value()));
        }
        throw refused(enquiry, "outside need to know", new OutsideNeedToKnow(enquiry.reference().value()));
    }

    /**
     * The enquiry with this reference, before any check of need to know: for callers that check their own (emergency
     * access, legal holds, disposal). A disposed enquiry is never loaded: {@link EnquiryDisposed} says what happened.
     */
    public Enquiry load(String reference) {
        EnquiryReference parsed = EnquiryReference.parse(reference);
        Enquiry enquiry;
        try {
            enquiry = em.createQuery("SELECT e FROM Enquiry e WHERE e.reference = :reference", Enquiry.class)
                    .setParameter("reference", parsed)
                    .getSingleResult();
        } catch (NoResultException e) {
            throw new NoSuchEnquiry(parsed.value());
        }
        enquiry.requireNotDisposed();
        return enquiry;
    }

    private OutsideNeedToKnow refused(Enquiry enquiry, String reason, OutsideNeedToKnow refusal) {
        auditTrail.recordDenial(RecordType.ENQUIRY, enquiry.reference().value(), reason);
        return refusal;
    }

    private boolean underEmergencyAccess(Enquiry enquiry) {
        return em.createQuery("SELECT COUNT(a) FROM EmergencyAccess a WHERE a.enquiryId = :enquiry"
                        + " AND a.username = :me AND a.expiresAt > :now", Long.class)
                .setParameter("enquiry", enquiry.id()).setParameter("me", signedIn.member().username())
                .setParameter("now", OffsetDateTime.now(clock)).getSingleResult() > 0;
    }
}
