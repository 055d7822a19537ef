package uk.imap.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * One item on the Caldicott Guardian's queue: what happened, on which enquiry and record, who did it and why. It
 * holds no case content. Reviewed once, with a verdict and a comment.
 */
@Entity
@Table(name = "review")
public class Review {

    public static final int TEXT_LENGTH = 4000;

    @Id
    @SequenceGenerator(name = "review_id", sequenceName = "review_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_id")
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private ReviewKind kind;

    @Column(name = "enquiry_reference", nullable = false, length = 20)
    private String enquiryReference;

    @Column(name = "record_type", nullable = false, length = 64)
    private String recordType;

    @Column(name = "record_id", nullable = false, length = 64)
    private String recordId;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(name = "raised_at", nullable = false)
    private OffsetDateTime raisedAt;

    // The reason the person gave (a justification, an emergency), never the case's content.
    @Column(length = TEXT_LENGTH)
    private String reason;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Verdict verdict;

    @Column(length = TEXT_LENGTH)
    private String comment;

    @Column(name = "reviewed_by", length = 100)
    private String reviewedBy;

    @Column(name = "reviewed_at")
    private OffsetDateTime reviewedAt;

    protected Review() {
    }

    public static Review raise(ReviewKind kind, String enquiryReference, String recordType, String recordId,
                               String raisedBy, String reason, OffsetDateTime at) {
        Review review = new Review();
        review.kind = kind;
        review.enquiryReference = enquiryReference;
        review.recordType = recordType;
        review.recordId = recordId;
        review.raisedBy = raisedBy;
        review.reason = reason;
        review.raisedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        return review;
    }

    /**
     * Records the Caldicott Guardian's verdict and comment, once. Misuse is a verdict on emergency access only.
     *
     * @throws InvalidInput when the verdict or comment is missing, or misuse is found on anything else
     */
    public void review(Verdict given, String reviewComment, StaffMember by, OffsetDateTime at) {
        if (!by.has(Roles.CALDICOTT_GUARDIAN)) {
            throw new AlreadyReviewed("Only the Caldicott Guardian reviews the queue");
        }
        if (verdict != null) {
            throw new AlreadyReviewed("This item was reviewed by " + reviewedBy + ": it is not reviewed twice");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (given == null) {
            problems.add(new FieldProblem("verdict", "Choose a verdict"));
        } else if (given == Verdict.MISUSE && kind != ReviewKind.EMERGENCY_ACCESS) {
            problems.add(new FieldProblem("verdict", "Misuse is a verdict on emergency access only"));
        }
        Text.require(reviewComment, TEXT_LENGTH, "comment", "Comment on the decision reviewed", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        verdict = given;
        comment = reviewComment.strip();
        reviewedBy = by.username();
        reviewedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** How long the item has waited, or waited before it was reviewed. */
    public Duration waited(OffsetDateTime now) {
        return Duration.between(raisedAt, reviewedAt == null ? now : reviewedAt);
    }

    public boolean isOpen() {
        return verdict == null;
    }

    public Long id() {
        return id;
    }

    public ReviewKind kind() {
        return kind;
    }

    public String enquiryReference() {
        return enquiryReference;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public OffsetDateTime raisedAt() {
        return raisedAt;
    }

    public String reason() {
        return reason;
    }

    public Verdict verdict() {
        return verdict;
    }

    public String comment() {
        return comment;
    }

    public String reviewedBy() {
        return reviewedBy;
    }

    public OffsetDateTime reviewedAt() {
        return reviewedAt;
    }
}
