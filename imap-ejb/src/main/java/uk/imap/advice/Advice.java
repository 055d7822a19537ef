package uk.imap.advice;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.access.control.SignedIn;
import uk.imap.advice.control.AdviceHistory;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.NeedToKnow;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.schema.control.RecordLocks;
import uk.imap.shared.InvalidInput;

/**
 * R17: advice without identity. Asked within need to know; read by the asker and those entitled to the record in
 * full, and by the advisors asked in anonymised form; answered once by someone holding the role asked.
 */
@Stateless
public class Advice {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AdviceHistory history;

    @Inject
    KnownEnquiries enquiries;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RecordLocks recordLocks;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public AdviceView ask(String reference, String question, String advisorRole) {
        Enquiry enquiry = enquiries.forChange(reference);
        AdviceRequest advice = AdviceRequest.ask(enquiry, question, advisorRole, signedIn.member(),
                OffsetDateTime.now(clock));
        em.persist(advice);
        em.flush();
        auditTrail.record(AuditAction.ADVICE_REQUESTED, RecordType.ADVICE_REQUEST, String.valueOf(advice.id()));
        return AdviceView.of(advice, enquiry.reference().value(), enquiry.summary(), true);
    }

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public AdviceView find(long id) {
        AdviceRequest advice = load(id);
        AdviceView view = readableBy(advice, signedIn.member());
        auditTrail.record(AuditAction.ADVICE_READ, RecordType.ADVICE_REQUEST, String.valueOf(id));
        return view;
    }

    /** Questions put to a role the caller holds and not yet answered, oldest first. */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public List<AdviceView> waitingForMe() {
        StaffMember me = signedIn.member();
        List<AdviceView> waiting = em.createQuery("SELECT a FROM AdviceRequest a WHERE a.answer IS NULL"
                        + " AND a.advisorRole IN :roles ORDER BY a.askedAt, a.id", AdviceRequest.class)
                .setParameter("roles", me.roles()).getResultStream().map(a -> readableBy(a, me)).toList();
        auditTrail.record(AuditAction.ADVICE_READ, null, null);
        return waiting;
    }

    /** Every question about the enquiry with its advice, for those who may see the enquiry. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<AdviceView> forEnquiry(String reference) {
        Enquiry enquiry = enquiries.withinNeedToKnow(reference);
        auditTrail.record(AuditAction.ADVICE_READ, RecordType.ENQUIRY, enquiry.reference().value());
        return history.of(enquiry);
    }

    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public AdviceView answer(long id, String text) {
        // Held until the answer commits: two advisors answering at once cannot both answer (R21).
        recordLocks.holdUntilCommit(RecordType.ADVICE_REQUEST, id);
        AdviceRequest advice = load(id);
        AdviceView before = readableBy(advice, signedIn.member());
        advice.answer(text, signedIn.member(), OffsetDateTime.now(clock));
        em.flush();
        auditTrail.record(AuditAction.ADVICE_ANSWERED, RecordType.ADVICE_REQUEST, String.valueOf(id));
        return new AdviceView(before.id(), before.enquiryReference(), before.advisorRole(), before.question(),
                before.summary(), before.anonymised(), before.askedBy(), before.askedAt(), advice.answer(),
                advice.answeredBy(), advice.answeredAt());
    }

    // The asker and those entitled to the record read it whole; the advisors asked read it anonymised; others nothing.
    private AdviceView readableBy(AdviceRequest advice, StaffMember member) {
        Enquiry enquiry = em.find(Enquiry.class, advice.enquiryId());
        enquiry.requireNotDisposed();
        boolean entitled = advice.askedBy().equals(member.username()) || NeedToKnow.of(member).permits(enquiry);
        if (!entitled && !member.has(advice.advisorRole())) {
            auditTrail.recordDenial(RecordType.ADVICE_REQUEST, String.valueOf(advice.id()), "outside need to know");
            throw new OutsideNeedToKnow(String.valueOf(advice.id()));
        }
        return AdviceView.of(advice, enquiry.reference().value(), enquiry.summary(), entitled);
    }

    private AdviceRequest load(long id) {
        AdviceRequest advice = em.find(AdviceRequest.class, id);
        if (advice == null) {
            throw new InvalidInput("id", "There is no such advice request");
        }
        return advice;
    }
}
