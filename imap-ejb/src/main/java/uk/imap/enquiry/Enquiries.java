package uk.imap.enquiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.NoResultException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.SignedIn;
import uk.imap.access.StaffMember;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditTrail;

/** The hub's enquiries: drafting at the front door, the caller's worklist, and one enquiry within need to know. */
@Stateless
public class Enquiries {

    static final String RECORD_TYPE = "Enquiry";
    // The reference's year is the hub's calendar year, not UTC's.
    private static final ZoneId HUB_ZONE = ZoneId.of("Europe/London");

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemUTC();

    /** Drafts an enquiry owned by the caller. Throws {@link uk.imap.shared.InvalidInput} and creates nothing when the intake is incomplete. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public EnquiryView draft(Intake intake) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(now.atZoneSameInstant(HUB_ZONE).getYear(),
                nextReferenceNumber()), intake, signedIn.member(), now, concernCategoryCodes());
        em.persist(enquiry);
        em.flush();
        auditTrail.record(AuditAction.ENQUIRY_CREATED, RECORD_TYPE, enquiry.reference().value());
        return EnquiryView.of(enquiry);
    }

    /** The caller's worklist, newest first: its own enquiries, and a manager's team's (R16). */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public Worklist worklist(EnquiryStatus status, int page, int size) {
        StaffMember me = signedIn.member();
        String visible = "(e.owner = :me OR (:manager = TRUE AND e.team IS NOT NULL AND e.team = :team))"
                + (status == null ? "" : " AND e.status = :status");
        TypedQuery<Enquiry> rows = em.createQuery(
                "SELECT e FROM Enquiry e WHERE " + visible + " ORDER BY e.createdAt DESC, e.id DESC", Enquiry.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM Enquiry e WHERE " + visible, Long.class);
        for (TypedQuery<?> query : new TypedQuery<?>[] {rows, count}) {
            query.setParameter("me", me.username());
            query.setParameter("manager", me.has(Roles.MANAGER));
            query.setParameter("team", me.team() == null ? "" : me.team());
            if (status != null) {
                query.setParameter("status", status);
            }
        }
        var enquiries = rows.setFirstResult(page * size).setMaxResults(size).getResultList()
                .stream().map(EnquiryView::of).toList();
        auditTrail.record(AuditAction.WORKLIST_READ, null, null);
        return new Worklist(enquiries, page, size, count.getSingleResult());
    }

    /**
     * One enquiry with its subjects. A caller outside its need to know is refused and the refusal audited (R16).
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.AUDITOR, Roles.ADMINISTRATOR})
    public EnquiryView find(String reference) {
        Enquiry enquiry = load(EnquiryReference.parse(reference));
        if (!NeedToKnow.of(signedIn.member()).permits(enquiry)) {
            auditTrail.recordDenial(RECORD_TYPE, enquiry.reference().value(), "outside need to know");
            throw new OutsideNeedToKnow(enquiry.reference().value());
        }
        auditTrail.record(AuditAction.ENQUIRY_READ, RECORD_TYPE, enquiry.reference().value());
        return EnquiryView.of(enquiry);
    }

    private Enquiry load(EnquiryReference reference) {
        try {
            return em.createQuery("SELECT e FROM Enquiry e WHERE e.reference = :reference", Enquiry.class)
                    .setParameter("reference", reference)
                    .getSingleResult();
        } catch (NoResultException e) {
            throw new NoSuchEnquiry(reference.value());
        }
    }

    private long nextReferenceNumber() {
        return ((Number) em.createNativeQuery("SELECT nextval('enquiry_reference_seq')").getSingleResult()).longValue();
    }

    private Set<String> concernCategoryCodes() {
        return em.createQuery("SELECT c FROM ConcernCategory c WHERE c.active = TRUE", ConcernCategory.class)
                .getResultStream().map(ConcernCategory::code).collect(Collectors.toSet());
    }
}
