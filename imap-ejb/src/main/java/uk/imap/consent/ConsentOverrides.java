package uk.imap.consent;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.casefile.OverrideWaiting;
import uk.imap.consent.control.OverrideHistory;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.enquiry.control.WithinNeedToKnow;
import uk.imap.review.ReviewKind;
import uk.imap.review.control.ReviewQueue;
import uk.imap.schema.control.RecordLocks;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.Agency;

/**
 * R4: asking to share despite a refusal of consent, and the four-eyes decision on it by a manager or the Caldicott
 * Guardian. An approved override goes on the Caldicott Guardian's review queue.
 */
@Stateless
public class ConsentOverrides {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    OverrideHistory history;

    @Inject
    KnownEnquiries enquiries;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RecordLocks recordLocks;

    @Inject
    ReviewQueue reviewQueue;

    private final Clock clock = Clock.systemUTC();

    /** The owner or a manager records the public-interest case against the refusal in force. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public ConsentOverrideView request(String reference, OverrideDetails details) {
        Enquiry enquiry = enquiries.forChange(reference);
        ConsentOverride override = ConsentOverride.request(enquiry.id(), enquiry.currentConsent(), details,
                signedIn.member(), OffsetDateTime.now(clock));
        em.persist(override);
        em.flush();
        auditTrail.record(AuditAction.OVERRIDE_REQUESTED, RecordType.CONSENT_OVERRIDE, String.valueOf(override.id()));
        return ConsentOverrideView.of(override, enquiry.reference().value());
    }

    /**
     * Approves or rejects with reasons: the Caldicott Guardian, or a manager of the enquiry's team, never the asker.
     */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public ConsentOverrideView decide(long id, boolean approved, String reasons) {
        return decide(id, approved, reasons, Set.of());
    }

    /** As above; an approval may name the agencies it covers (R29), each one the hub knows. */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public ConsentOverrideView decide(long id, boolean approved, String reasons, Set<String> agencies) {
        // Held until the decision commits: two deciders at once cannot both decide (R21).
        recordLocks.holdUntilCommit(RecordType.CONSENT_OVERRIDE, id);
        ConsentOverride override = em.find(ConsentOverride.class, id);
        if (override == null) {
            throw new InvalidInput("id", "There is no such override");
        }
        Enquiry enquiry = em.find(Enquiry.class, override.enquiryId());
        enquiry.requireNotDisposed();
        StaffMember member = signedIn.member();
        if (!member.has(Roles.CALDICOTT_GUARDIAN) && !NeedToKnow.of(member).permits(enquiry)) {
            auditTrail.recordDenial(RecordType.CONSENT_OVERRIDE, String.valueOf(id), "outside need to know");
            throw new OutsideNeedToKnow(String.valueOf(id));
        }
        List<String> unknown = agencies.stream().filter(code -> em.find(Agency.class, code) == null).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput("agencies", "No agency is known as " + String.join(", ", unknown));
        }
        override.decide(approved, reasons, agencies, member, OffsetDateTime.now(clock));
        em.flush();
        auditTrail.record(AuditAction.OVERRIDE_DECIDED, RecordType.CONSENT_OVERRIDE, String.valueOf(id));
        if (approved) {
            reviewQueue.raise(ReviewKind.OVERRIDE_APPROVED, enquiry.reference().value(), RecordType.CONSENT_OVERRIDE, id,
                    override.justification());
        }
        return ConsentOverrideView.of(override, enquiry.reference().value());
    }

    /** Every override asked for on the enquiry, oldest first. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<ConsentOverrideView> forEnquiry(String reference) {
        Enquiry enquiry = enquiries.withinNeedToKnow(reference);
        auditTrail.record(AuditAction.OVERRIDES_READ, RecordType.ENQUIRY, enquiry.reference().value());
        return history.of(enquiry);
    }

    /** Overrides waiting for a decision: all of them for the Caldicott Guardian, a manager's team's for a manager. */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public List<ConsentOverrideView> pending() {
        return waitingRows().stream().map(row -> ConsentOverrideView.of((ConsentOverride) row[0],
                ((Enquiry) row[1]).reference().value())).toList();
    }

    /**
     * R29: the same, oldest first, each with the child's initials, the priority and the refusal it would set aside,
     * so the decider need not open every enquiry.
     */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public List<OverrideWaiting> waiting() {
        return waitingRows().stream().map(row -> OverrideWaiting.of(ConsentOverrideView.of((ConsentOverride) row[0],
                ((Enquiry) row[1]).reference().value()), (Enquiry) row[1])).toList();
    }

    private List<Object[]> waitingRows() {
        StaffMember member = signedIn.member();
        boolean all = member.has(Roles.CALDICOTT_GUARDIAN);
        WithinNeedToKnow within = all ? null : WithinNeedToKnow.of(member, em);
        var query = em.createQuery("SELECT o, e FROM ConsentOverride o, Enquiry e WHERE e.id = o.enquiryId"
                + " AND o.status = :pending" + (all ? "" : " AND " + within.condition())
                + " ORDER BY o.requestedAt, o.id", Object[].class).setParameter("pending", OverrideStatus.PENDING);
        if (!all) {
            within.bind(query);
        }
        auditTrail.record(AuditAction.OVERRIDES_READ, null, null);
        return query.getResultList();
    }
}
