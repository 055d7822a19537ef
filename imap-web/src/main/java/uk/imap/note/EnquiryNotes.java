package uk.imap.note;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.imap.casefile.ChronologyEntry;
import uk.imap.casefile.ChronologyKind;
import uk.imap.enquiry.EnquiryDetail;
import uk.imap.shared.DomainException;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.web.DateBoxes;
import uk.imap.web.Notices;

/** Backs the chronology and case notes of enquiry/detail.xhtml (R29). */
@Named
@ViewScoped
public class EnquiryNotes implements Serializable {

    @Inject
    CaseNotes notes;

    @Inject
    EnquiryDetail detail;

    private NoteInput form = newForm();
    private DateBoxes occurredAt = new DateBoxes();
    private ChronologyKind kindShown;
    private String agencyShown;

    public void write() {
        try {
            form.setOccurredAt(occurredAt());
            NoteDetails details = form.toDetails();
            detail.change(() -> notes.write(detail.getReference(), details));
            Notices.inform(details.kind() == NoteKind.STRATEGY_DISCUSSION ? "The strategy discussion is recorded."
                    : "The case note is saved.");
            form = newForm();
            occurredAt = new DateBoxes();
        } catch (DomainException refused) {
            Notices.refuse("notes", refused);
        }
    }

    /** The moment typed in the boxes, on UK time; what is wrong with it is said beside them. */
    private String occurredAt() {
        List<FieldProblem> problems = new ArrayList<>();
        OffsetDateTime when = occurredAt.moment("occurredAt", "When it happened", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return when == null ? null : when.toString();
    }

    public void addParticipant() {
        form.getParticipants().add(new NoteInput.ParticipantInput());
    }

    public void removeParticipant(int index) {
        form.getParticipants().remove(index);
    }

    public boolean isStrategyDiscussion() {
        return NoteKind.STRATEGY_DISCUSSION.name().equals(form.getKind());
    }

    /** The chronology with the filters chosen. */
    public List<ChronologyEntry> getChronology() {
        return detail.getCaseFile().chronology().only(kindShown, agencyShown == null || agencyShown.isBlank() ? null
                : agencyShown).entries();
    }

    /** The agencies the chronology mentions, to filter by. */
    public List<String> getAgencies() {
        return detail.getCaseFile().chronology().entries().stream().map(ChronologyEntry::agency)
                .filter(agency -> agency != null).distinct().sorted().toList();
    }

    /** The notes still standing, that a new note may correct. */
    public List<CaseNoteView> getCorrectable() {
        return detail.getCaseFile().notes().stream().filter(note -> note.supersededBy() == null).toList();
    }

    private static NoteInput newForm() {
        NoteInput input = new NoteInput();
        input.setKind(NoteKind.NOTE.name());
        return input;
    }

    public NoteKind[] getKinds() {
        return NoteKind.values();
    }

    public ChronologyKind[] getChronologyKinds() {
        return ChronologyKind.values();
    }

    public NoteInput getForm() {
        return form;
    }

    public DateBoxes getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(DateBoxes occurredAt) {
        this.occurredAt = occurredAt;
    }

    public ChronologyKind getKindShown() {
        return kindShown;
    }

    public void setKindShown(ChronologyKind kindShown) {
        this.kindShown = kindShown;
    }

    public String getAgencyShown() {
        return agencyShown;
    }

    public void setAgencyShown(String agencyShown) {
        this.agencyShown = agencyShown;
    }
}
