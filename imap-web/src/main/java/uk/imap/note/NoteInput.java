package uk.imap.note;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** A case note or strategy discussion as typed, by a partner system or on the enquiry page. */
public class NoteInput implements Serializable {

    private String kind;
    private String text;
    private String occurredAt;
    private List<ParticipantInput> participants = new ArrayList<>();
    private String decision;
    private String nextSteps;
    private Long supersedes;

    /** One participant as typed. */
    public static class ParticipantInput implements Serializable {

        private String name;
        private String agency;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }
    }

    /** The details to check, or every problem with the codes and times typed. */
    public NoteDetails toDetails() {
        List<FieldProblem> problems = new ArrayList<>();
        NoteKind noteKind = Codes.parse(NoteKind.class, kind, "kind", problems);
        var when = Codes.instant(occurredAt, "occurredAt", "2026-03-14T10:30:00Z", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<NoteDetails.ParticipantDetails> people = new ArrayList<>();
        if (participants != null) {
            participants.forEach(p -> people.add(p == null ? null
                    : new NoteDetails.ParticipantDetails(p.getName(), p.getAgency())));
        }
        return new NoteDetails(noteKind, text, when, people, decision, nextSteps, supersedes);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public String getOccurredAt() {
        return occurredAt;
    }

    public void setOccurredAt(String occurredAt) {
        this.occurredAt = occurredAt;
    }

    public List<ParticipantInput> getParticipants() {
        return participants;
    }

    public void setParticipants(List<ParticipantInput> participants) {
        this.participants = participants;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getNextSteps() {
        return nextSteps;
    }

    public void setNextSteps(String nextSteps) {
        this.nextSteps = nextSteps;
    }

    public Long getSupersedes() {
        return supersedes;
    }

    public void setSupersedes(Long supersedes) {
        this.supersedes = supersedes;
    }
}
