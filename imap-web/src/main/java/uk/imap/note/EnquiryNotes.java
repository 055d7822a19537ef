package uk.imap.note;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import uk.imap.casefile.ChronologyEntry;
import uk.imap.casefile.ChronologyKind;
import uk.imap.enquiry.EnquiryDetail;
import uk.imap.shared.DomainException;
import uk.imap.shared.InvalidInput;
import uk.imap.web.Notices;

/** Backs the chronology and case notes of enquiry/detail.xhtml (R29). */
@Named
@ViewScoped
public class EnquiryNotes implements Serializable {

    static final ZoneId HUB_TIME = ZoneId.of("Europe/London");

    @Inject
    CaseNotes notes;

    @Inject
    EnquiryDetail detail;

    private NoteInput form = newForm();
    private String occurredAtTyped;
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
            occurredAtTyped = null;
        } catch (DomainException refused) {
            Notices.refuse("notes", refused);
        }
    }

    /** The time typed in the browser's own control, as UK time; a time it cannot be is said beside the field. */
    private String occurredAt() {
        if (occurredAtTyped == null || occurredAtTyped.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(occurredAtTyped.strip()).atZone(HUB_TIME).toOffsetDateTime().toString();
        } catch (DateTimeParseException e) {
            throw new InvalidInput("occurredAt", "Give the day and time it happened, for example 14/03/2026 10:30");
        }
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

    public String getOccurredAtTyped() {
        return occurredAtTyped;
    }

    public void setOccurredAtTyped(String occurredAtTyped) {
        this.occurredAtTyped = occurredAtTyped;
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
