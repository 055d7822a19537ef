package uk.imap.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;

/** R29: a handover, or a practitioner added or removed, kept for the enquiry's chronology; never changed. */
@Entity
@Table(name = "assignment_change")
public class AssignmentChange {

    @Id
    @SequenceGenerator(name = "assignment_change_id", sequenceName = "assignment_change_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_change_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "change_made", nullable = false, length = 16, updatable = false)
    private Assignment change;

    @Column(nullable = false, length = 100, updatable = false)
    private String username;

    @Column(nullable = false, length = Intake.SUMMARY_LENGTH, updatable = false)
    private String reason;

    @Column(name = "changed_by", nullable = false, length = 100, updatable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private OffsetDateTime changedAt;

    protected AssignmentChange() {
    }

    AssignmentChange(Assignment change, String username, String reason, String changedBy, OffsetDateTime changedAt) {
        this.change = change;
        this.username = username;
        this.reason = reason;
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The change as the chronology reads it. */
    public record View(Assignment change, String username, String reason, String changedBy, OffsetDateTime changedAt)
            implements Serializable {
    }

    public View view() {
        return new View(change, username, reason, changedBy, changedAt);
    }
}
