package uk.imap.note;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.Text;

/**
 * What a person typed for a case note or a strategy discussion, checked before anything is stored.
 *
 * @param occurredAt   when what the note records happened; a note without one happened as it is written
 * @param participants who took part in a strategy discussion, from which agency
 * @param decision     what a strategy discussion decided
 * @param nextSteps    what a strategy discussion set in train
 * @param supersedes   the note this one corrects, or null
 */
public record NoteDetails(NoteKind kind, String text, OffsetDateTime occurredAt, List<ParticipantDetails> participants,
                          String decision, String nextSteps, Long supersedes) {

    public static final int TEXT_LENGTH = 4000;

    /** One participant as typed. */
    public record ParticipantDetails(String name, String agency) {
    }

    /**
     * Checks the note as written at {@code now}: a kind and a text always; a strategy discussion also needs its
     * date, who took part, what was decided and the next steps; nothing happens in the future.
     *
     * @throws InvalidInput naming every field to put right
     */
    public void check(OffsetDateTime now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Choose a case note or a strategy discussion"));
        }
        Text.require(text, TEXT_LENGTH, "text", kind == NoteKind.STRATEGY_DISCUSSION
                ? "Say what was discussed" : "Write the note", problems);
        if (occurredAt != null && occurredAt.isAfter(now)) {
            problems.add(new FieldProblem("occurredAt", "When it happened cannot be in the future"));
        }
        if (kind == NoteKind.STRATEGY_DISCUSSION) {
            if (occurredAt == null) {
                problems.add(new FieldProblem("occurredAt", "Give the date and time of the strategy discussion"));
            }
            if (participants == null || participants.isEmpty()) {
                problems.add(new FieldProblem("participants", "Name who took part and from which agency"));
            }
            Text.require(decision, TEXT_LENGTH, "decision", "Say what was decided", problems);
            Text.require(nextSteps, TEXT_LENGTH, "nextSteps", "Give the next steps", problems);
        } else {
            Text.limit(decision, TEXT_LENGTH, "decision", problems);
            Text.limit(nextSteps, TEXT_LENGTH, "nextSteps", problems);
        }
        List<ParticipantDetails> people = participants == null ? List.of() : participants;
        for (int i = 0; i < people.size(); i++) {
            ParticipantDetails participant = people.get(i);
            String field = "participants[" + i + "].";
            if (participant == null) {
                problems.add(new FieldProblem("participants[" + i + "]", "Name the participant and their agency"));
                continue;
            }
            Text.require(participant.name(), Participant.LENGTH, field + "name", "Name the participant", problems);
            Text.require(participant.agency(), Participant.LENGTH, field + "agency",
                    "Say which agency they spoke for", problems);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
