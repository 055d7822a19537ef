package uk.imap.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.schema.control.RecordLocks;
import uk.imap.shared.InvalidInput;

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

    private final Clock clock = Clock.systemUTC();

    /**
     * The queue, oldest first.
     *
     * @param open true for items waiting, false for those reviewed, null for all
     */
    @RolesAllowed(Roles.CALDICOTT_GUARDIAN)
    public List<ReviewView> queue(Boolean open) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        String where = open == null ? "" : open ? " WHERE r.verdict IS NULL" : " WHERE r.verdict IS NOT NULL";
        List<ReviewView> queue = em.createQuery("SELECT r FROM Review r" + where + " ORDER BY r.raisedAt, r.id",
                Review.class).getResultStream().map(r -> ReviewView.of(r, now)).toList();
        auditTrail.record(AuditAction.REVIEWS_READ, null, null);
        return queue;
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
