package uk.imap.note;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * R29: a case note or the record of a strategy discussion on one enquiry. It is never edited: a correction is a new
 * note that supersedes it, and a note is superseded at most once, so the corrections form a line, never a fork.
 */
@Entity
@Table(name = "case_note")
public class CaseNote {

    @Id
    @SequenceGenerator(name = "case_note_id", sequenceName = "case_note_id_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "case_note_id")
    private Long id;

    @Column(name = "enquiry_id", nullable = false, updatable = false)
    private Long enquiryId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private NoteKind kind;

    @Column(name = "body", nullable = false, length = NoteDetails.TEXT_LENGTH, updatable = false)
    private String text;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private OffsetDateTime occurredAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "case_note_participant", joinColumns = @JoinColumn(name = "case_note_id"))
    @OrderColumn(name = "seq")
    private List<Participant> participants = new ArrayList<>();

    @Column(length = NoteDetails.TEXT_LENGTH, updatable = false)
    private String decision;

    @Column(name = "next_steps", length = NoteDetails.TEXT_LENGTH, updatable = false)
    private String nextSteps;

    @Column(updatable = false)
    private Long supersedes;

    @Column(name = "written_by", nullable = false, length = 100, updatable = false)
    private String writtenBy;

    @Column(name = "written_at", nullable = false, updatable = false)
    private OffsetDateTime writtenAt;

    protected CaseNote() {
    }

    /**
     * Writes a note on an enquiry.
     *
     * @param corrected the note this one supersedes, already checked to belong to the same enquiry; null for none
     * @throws InvalidInput when the details are incomplete, or the note to correct was corrected already
     */
    public static CaseNote write(Long enquiryId, NoteDetails details, CaseNote corrected, boolean alreadyCorrected,
                                 String by, OffsetDateTime at) {
        details.check(at);
        if (details.supersedes() != null && (corrected == null || !corrected.enquiryId.equals(enquiryId))) {
            throw new InvalidInput("supersedes", "There is no note " + details.supersedes() + " on this enquiry");
        }
        if (corrected != null && alreadyCorrected) {
            throw new InvalidInput("supersedes", "Note " + corrected.id + " was corrected already: correct the"
                    + " newest note instead");
        }
        CaseNote note = new CaseNote();
        note.enquiryId = enquiryId;
        note.kind = details.kind();
        note.text = details.text().strip();
        note.occurredAt = details.occurredAt() == null ? at : details.occurredAt();
        if (details.participants() != null) {
            details.participants().forEach(p -> note.participants.add(new Participant(p.name().strip(),
                    p.agency().strip())));
        }
        note.decision = Text.trimmed(details.decision());
        note.nextSteps = Text.trimmed(details.nextSteps());
        note.supersedes = corrected == null ? null : corrected.id;
        note.writtenBy = by;
        note.writtenAt = at;
        return note;
    }

    public Long id() {
        return id;
    }

    public Long enquiryId() {
        return enquiryId;
    }

    public NoteKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public List<Participant> participants() {
        return List.copyOf(participants);
    }

    public String decision() {
        return decision;
    }

    public String nextSteps() {
        return nextSteps;
    }

    public Long supersedes() {
        return supersedes;
    }

    public String writtenBy() {
        return writtenBy;
    }

    public OffsetDateTime writtenAt() {
        return writtenAt;
    }
}
