package uk.imap.note;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case note as the API and the enquiry page show it.
 *
 * @param supersededBy the note that corrects this one, or null while it stands
 */
public record CaseNoteView(Long id, NoteKind kind, String text, OffsetDateTime occurredAt,
                           List<ParticipantView> participants, String decision, String nextSteps, Long supersedes,
                           Long supersededBy, String writtenBy, OffsetDateTime writtenAt) implements Serializable {

    public record ParticipantView(String name, String agency) implements Serializable {
    }

    public static CaseNoteView of(CaseNote note, Long supersededBy) {
        return new CaseNoteView(note.id(), note.kind(), note.text(), note.occurredAt(), note.participants().stream()
                .map(p -> new ParticipantView(p.name(), p.agency())).toList(), note.decision(), note.nextSteps(),
                note.supersedes(), supersededBy, note.writtenBy(), note.writtenAt());
    }
}
