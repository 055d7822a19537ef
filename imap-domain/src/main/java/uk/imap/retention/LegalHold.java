package uk.imap.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import uk.imap.access.StaffMember;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * R33: a legal hold on an enquiry, such as litigation, an inquiry or a complaint: while it is not lifted, the
 * enquiry is never disposed of, whatever the schedule says. Lifting keeps the hold's record, with who and when.
 */
@Entity
@Table(name = "legal_hold")
public class LegalHold {

    public static final int REASON_LENGTH = 1000;

    @Id
    @SequenceGenerator(name = "legal_hold_id", sequenceName = "legal_hold_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "legal_hold_id")
    private Long id;

    @Column(name = "enquiry_id", nullable = false, updatable = false)
    private Long enquiryId;

    @Column(nullable = false, length = REASON_LENGTH, updatable = false)
    private String reason;

    @Column(name = "placed_by", nullable = false, length = 100, updatable = false)
    private String placedBy;

    @Column(name = "placed_at", nullable = false, updatable = false)
    private OffsetDateTime placedAt;

    @Column(name = "lifted_by", length = 100)
    private String liftedBy;

    @Column(name = "lifted_at")
    private OffsetDateTime liftedAt;

    // R21: two people lifting the same hold at once: the second is told, not silently repeated.
    @Version
    private long version;

    protected LegalHold() {
    }

    /**
     * A hold placed now on the enquiry.
     *
     * @throws InvalidInput when the reason is missing or too long, or a hold is already in place
     */
    public static LegalHold place(Long enquiryId, String reason, boolean alreadyHeld, StaffMember by,
                                  OffsetDateTime at) {
        List<FieldProblem> problems = new ArrayList<>();
        if (alreadyHeld) {
            problems.add(new FieldProblem("reason", "This enquiry is already under a legal hold"));
        }
        Text.require(reason, REASON_LENGTH, "reason", "Give the reason for the hold, such as the claim or inquiry",
                problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        LegalHold hold = new LegalHold();
        hold.enquiryId = enquiryId;
        hold.reason = reason.strip();
        hold.placedBy = by.username();
        hold.placedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
        return hold;
    }

    public void lift(StaffMember by, OffsetDateTime at) {
        liftedBy = by.username();
        liftedAt = at.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public boolean inPlace() {
        return liftedAt == null;
    }

    public Long id() {
        return id;
    }

    public Long enquiryId() {
        return enquiryId;
    }

    public String reason() {
        return reason;
    }

    public String placedBy() {
        return placedBy;
    }

    public OffsetDateTime placedAt() {
        return placedAt;
    }

    public String liftedBy() {
        return liftedBy;
    }

    public OffsetDateTime liftedAt() {
        return liftedAt;
    }
}
