package uk.imap.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.audit.control.AuditTrail;
import uk.imap.consent.ConsentDecision;
import uk.imap.consent.ConsentGround;
import uk.imap.consent.ConsentOverride;
import uk.imap.enquiry.EmergencyAccess;
import uk.imap.schema.control.RecordLocks;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.Disclosure;

/** The Caldicott Guardian's review queue, oldest first, and the verdicts on it. */
@Stateless
public class Reviews {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RecordLocks recordLocks;

    @Inject
    AuditSequencer sequencer;

    private final Clock clock = Clock.systemUTC();

    /**
     * The queue, oldest first.
     *
     * @param open true for items waiting, false for those reviewed, null for all
     */
    @RolesAllowed(Roles.CALDICOTT_GUARDIAN)
    public List<ReviewView> queue(Boolean open) {
        return queue(open, null);
    }

    /** As above, of one kind only where one is given (R29: the queue filtered by kind). */
    @RolesAllowed(Roles.CALDICOTT_GUARDIAN)
    public List<ReviewView> queue(Boolean open, ReviewKind kind) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> conditions = new ArrayList<>();
        if (open != null) {
            conditions.add(open ? "r.verdict IS NULL" : "r.verdict IS NOT NULL");
        }
        if (kind != null) {
            conditions.add("r.kind = :kind");
        }
        var query = em.createQuery("SELECT r FROM Review r" + (conditions.isEmpty() ? ""
                : " WHERE " + String.join(" AND ", conditions)) + " ORDER BY r.raisedAt, r.id", Review.class);
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        List<ReviewView> queue = query.getResultStream().map(r -> ReviewView.of(r, now)).toList();
        auditTrail.record(AuditAction.REVIEWS_READ, null, null);
        return queue;
    }

    /**
     * R29 for the page: {@code max} open items of the queue from position {@code first}, oldest first, of one kind
     * where one is given, and how many wait in all. A hub's queue can hold thousands; a page reads only what it shows.
     */
    @RolesAllowed(Roles.CALDICOTT_GUARDIAN)
    public WaitingReviews waiting(ReviewKind kind, int first, int max) {
        if (first < 0 || max < 1) {
            throw new IllegalArgumentException("A page starts at 0 or later and holds at least one item");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        String where = " WHERE r.verdict IS NULL" + (kind == null ? "" : " AND r.kind = :kind");
        var count = em.createQuery("SELECT COUNT(r) FROM Review r" + where, Long.class);
        var page = em.createQuery("SELECT r FROM Review r" + where + " ORDER BY r.raisedAt, r.id", Review.class)
                .setFirstResult(first).setMaxResults(max);
        if (kind != null) {
            count.setParameter("kind", kind);
            page.setParameter("kind", kind);
        }
        WaitingReviews waiting = new WaitingReviews(page.getResultStream().map(r -> ReviewView.of(r, now)).toList(),
                first, count.getSingleResult());
        auditTrail.record(AuditAction.REVIEWS_READ, null, null);
        return waiting;
    }

    /**
     * What the Caldicott Guardian has flagged (misuse of emergency access, or a concern) on the enquiries of the
     * teams the calling manager manages, newest first: the manager acts on them.
     */
    @RolesAllowed(Roles.MANAGER)
    public List<ReviewView> flaggedForMe() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<ReviewView> flagged = em.createQuery("SELECT r FROM Review r, Enquiry e WHERE e.reference.value ="
                        + " r.enquiryReference AND e.team IN :teams AND r.verdict IN :flags ORDER BY r.reviewedAt DESC",
                        Review.class)
                .setParameter("teams", signedIn.member().teams())
                .setParameter("flags", List.of(Verdict.MISUSE, Verdict.CONCERN))
                .getResultStream().map(r -> ReviewView.of(r, now)).toList();
        auditTrail.record(AuditAction.REVIEWS_READ, null, null);
        return flagged;
    }

    /**
     * R29: opens what one review item is about, with the access the review needs: the consent decision, the override,
     * the items shared (their content included) or the emergency access and every read made under it. Opening it is
     * an audit event naming the record (R18).
     */
    @RolesAllowed(Roles.CALDICOTT_GUARDIAN)
    public UnderReview underReview(long id) {
        Review review = em.find(Review.class, id);
        if (review == null) {
            throw new NoSuchReview(id);
        }
        long recordId = Long.parseLong(review.recordId());
        List<UnderReview.Fact> facts = switch (review.kind()) {
            case CONSENT_NOT_SOUGHT -> consentFacts(em.find(ConsentDecision.class, recordId));
            case OVERRIDE_APPROVED -> overrideFacts(em.find(ConsentOverride.class, recordId));
            case SENSITIVE_DISCLOSURE -> disclosureFacts(em.find(Disclosure.class, recordId));
            case EMERGENCY_ACCESS -> emergencyFacts(em.find(EmergencyAccess.class, recordId),
                    review.enquiryReference());
        };
        auditTrail.record(AuditAction.REVIEW_SUBJECT_READ, RecordType.named(review.recordType()), review.recordId(),
                "review " + id + " on " + review.enquiryReference());
        return new UnderReview(id, review.kind(), review.enquiryReference(), facts);
    }

    private static List<UnderReview.Fact> consentFacts(ConsentDecision decision) {
        return List.of(fact("Decision", decision.kind().label()),
                fact("Grounds", decision.grounds().stream().map(ConsentGround::label).sorted()
                        .collect(Collectors.joining("; "))),
                fact("Justification", decision.justification()),
                fact("Decided by", decision.decidedBy() + ", " + London.format(decision.decidedAt())));
    }

    private static List<UnderReview.Fact> overrideFacts(ConsentOverride override) {
        return List.of(fact("Public-interest justification", override.justification()),
                fact("Harm of sharing", override.harmOfSharing()),
                fact("Harm of not sharing", override.harmOfNotSharing()),
                fact("Asked by", override.requestedBy() + ", " + London.format(override.requestedAt())),
                fact("Decided by", override.decidedBy() + ", " + London.format(override.decidedAt())),
                fact("Reasons for the decision", override.decisionReasons()));
    }

    private static List<UnderReview.Fact> disclosureFacts(Disclosure disclosure) {
        List<UnderReview.Fact> facts = new ArrayList<>(List.of(
                fact("Agency", disclosure.request().agency()),
                fact("Decision", disclosure.decision().label()),
                fact("Reasons", disclosure.reasons()),
                fact("Answered by", disclosure.answeredBy() + ", " + London.format(disclosure.answeredAt()))));
        disclosure.items().forEach(item -> facts.add(fact(item.category().label() + " (" + item.sensitivity().label()
                + ", " + item.reliability().label().toLowerCase() + ")", item.content())));
        return facts;
    }

    private List<UnderReview.Fact> emergencyFacts(EmergencyAccess access, String reference) {
        List<UnderReview.Fact> facts = new ArrayList<>(List.of(
                fact("Opened by", access.username()),
                fact("Reason given", access.reason()),
                fact("From", London.format(access.grantedAt())),
                fact("Until", London.format(access.expiresAt()))));
        // Every read made under the access counts, the last second's too.
        sequencer.placeWaiting();
        List<OffsetDateTime> reads = em.createQuery("SELECT a.occurredAt FROM AuditEvent a WHERE a.actor = :user"
                        + " AND a.action = :read AND a.recordId = :reference AND a.occurredAt >= :from"
                        + " AND a.occurredAt <= :until ORDER BY a.position", OffsetDateTime.class)
                .setParameter("user", access.username()).setParameter("read", AuditAction.EMERGENCY_READ)
                .setParameter("reference", reference).setParameter("from", access.grantedAt())
                .setParameter("until", access.expiresAt()).getResultList();
        facts.add(fact("Read under it", reads.isEmpty() ? "Nothing" : reads.size() + " time(s): "
                + reads.stream().map(London::format).collect(Collectors.joining(", "))));
        return facts;
    }

    private static UnderReview.Fact fact(String label, String value) {
        return new UnderReview.Fact(label, value == null || value.isBlank() ? "Not recorded" : value);
    }

    /** Times as people in the hub read them. */
    private static final class London {

        private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm")
                .withZone(ZoneId.of("Europe/London"));

        static String format(OffsetDateTime at) {
            return at == null ? "not yet" : FORMAT.format(at);
        }
    }

    /** Records the verdict and comment on one item, once. */
    @RolesAllowed(Roles.CALDICOTT_GUARDIAN)
    public ReviewView review(long id, Verdict verdict, String comment) {
        // Held until the verdict commits: a second verdict at the same moment waits, then finds it given.
        recordLocks.holdUntilCommit(RecordType.REVIEW, id);
        Review review = em.find(Review.class, id);
        if (review == null) {
            throw new InvalidInput("id", "There is no such item on the queue");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        review.review(verdict, comment, signedIn.member(), now);
        em.flush();
        auditTrail.record(AuditAction.REVIEW_RECORDED, RecordType.REVIEW, String.valueOf(id));
        return ReviewView.of(review, now);
    }
}
