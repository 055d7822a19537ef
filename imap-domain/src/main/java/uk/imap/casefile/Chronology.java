package uk.imap.casefile;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import uk.imap.advice.AdviceView;
import uk.imap.consent.ConsentOverrideView;
import uk.imap.consent.ConsentView;
import uk.imap.enquiry.AssignmentChange;
import uk.imap.note.CaseNoteView;
import uk.imap.note.NoteKind;
import uk.imap.sharing.DisclosureView;
import uk.imap.sharing.RequestView;

/**
 * R29: an enquiry's significant events, oldest first, merged from what its case file holds, its handovers and its
 * case notes.
 * Built from what the reader was already allowed to read, so it shows nothing the enquiry page would not: an item
 * guarded from the reader is named by its category and reliability only.
 */
public record Chronology(List<ChronologyEntry> entries) implements Serializable {

    /** Longer free text is cut here: the chronology points to the record, it does not repeat it. */
    static final int SUMMARY_LENGTH = 300;

    public static Chronology of(EnquiryView enquiry, List<ConsentView> consentHistory,
                                List<ConsentOverrideView> overrides, List<AdviceView> advice,
                                List<AssignmentChange.View> handovers, List<CaseNoteView> notes) {
        List<ChronologyEntry> entries = new ArrayList<>();
        entries.add(new ChronologyEntry(enquiry.createdAt(), ChronologyKind.ENQUIRY, "Enquiry raised: "
                + enquiry.priority().label() + " priority, " + enquiry.threshold().label() + ". "
                + cut(enquiry.summary()), null, null));
        if (enquiry.openedAt() != null) {
            entries.add(new ChronologyEntry(enquiry.openedAt(), ChronologyKind.ENQUIRY, "Enquiry opened", null, null));
        }
        consentHistory.forEach(consent -> entries.add(consent(consent)));
        if (enquiry.requests() != null) {
            enquiry.requests().forEach(request -> requestAndAnswers(request, entries));
        }
        advice.forEach(question -> advice(question, entries));
        overrides.forEach(override -> override(override, entries));
        handovers.forEach(change -> entries.add(new ChronologyEntry(change.changedAt(), ChronologyKind.HANDOVER,
                change.change().label() + ": " + change.username() + ". " + cut(change.reason()), change.changedBy(),
                null)));
        notes.forEach(note -> entries.add(note(note)));
        if (enquiry.outcome() != null) {
            entries.add(new ChronologyEntry(enquiry.lastChangedAt(), ChronologyKind.OUTCOME, "Closed: "
                    + enquiry.outcome().label() + (enquiry.outcomeReasons() == null ? ""
                    : ". " + cut(enquiry.outcomeReasons())), enquiry.lastChangedBy(), null));
        }
        entries.sort(Comparator.comparing(ChronologyEntry::at));
        return new Chronology(List.copyOf(entries));
    }

    /** Only the entries of one kind and of one agency, where either is given. */
    public Chronology only(ChronologyKind kind, String agency) {
        return new Chronology(entries.stream()
                .filter(entry -> kind == null || entry.kind() == kind)
                .filter(entry -> agency == null || agency.equals(entry.agency()))
                .toList());
    }

    private static ChronologyEntry consent(ConsentView consent) {
        return new ChronologyEntry(consent.decidedAt(), ChronologyKind.CONSENT, consent.kind().label()
                + (consent.givenBy() == null ? "" : " by " + consent.givenBy()), consent.decidedBy(), null);
    }

    private static void requestAndAnswers(RequestView request, List<ChronologyEntry> entries) {
        entries.add(new ChronologyEntry(request.sentAt(), ChronologyKind.REQUEST, "Information asked for: "
                + cut(request.purpose()), request.sentBy(), request.agency()));
        if (request.withdrawnAt() != null) {
            entries.add(new ChronologyEntry(request.withdrawnAt(), ChronologyKind.REQUEST, "Request withdrawn: "
                    + cut(request.withdrawalReason()), request.withdrawnBy(), request.agency()));
        }
        request.disclosures().forEach(disclosure -> entries.add(answer(disclosure)));
    }

    private static ChronologyEntry answer(DisclosureView disclosure) {
        String items = disclosure.items().stream()
                .map(item -> item.category().label() + " (" + item.reliability().label().toLowerCase() + ")"
                        + (item.masked() ? "" : ": " + cut(item.content())))
                .collect(Collectors.joining("; "));
        String summary = disclosure.decision().label() + (items.isEmpty() ? "" : ". " + items)
                + (disclosure.retained().isEmpty() ? "" : ". " + disclosure.retained().size() + " item(s) retained")
                + (disclosure.supersedes() == null ? "" : ". Corrects an earlier answer");
        return new ChronologyEntry(disclosure.answeredAt(), ChronologyKind.ANSWER, summary, disclosure.answeredBy(),
                disclosure.agency());
    }

    private static void advice(AdviceView advice, List<ChronologyEntry> entries) {
        entries.add(new ChronologyEntry(advice.askedAt(), ChronologyKind.ADVICE, "Advice asked: "
                + cut(advice.question()), advice.askedBy(), null));
        if (advice.answeredAt() != null) {
            entries.add(new ChronologyEntry(advice.answeredAt(), ChronologyKind.ADVICE, "Advice given: "
                    + cut(advice.answer()), advice.answeredBy(), null));
        }
    }

    private static void override(ConsentOverrideView override, List<ChronologyEntry> entries) {
        entries.add(new ChronologyEntry(override.requestedAt(), ChronologyKind.OVERRIDE,
                "Override of the consent refusal asked for: " + cut(override.justification()),
                override.requestedBy(), null));
        if (override.decidedAt() != null) {
            entries.add(new ChronologyEntry(override.decidedAt(), ChronologyKind.OVERRIDE, "Override "
                    + override.status().label().toLowerCase() + ": " + cut(override.decisionReasons()),
                    override.decidedBy(), null));
        }
    }

    private static ChronologyEntry note(CaseNoteView note) {
        ChronologyKind kind = note.kind() == NoteKind.STRATEGY_DISCUSSION ? ChronologyKind.STRATEGY_DISCUSSION
                : ChronologyKind.NOTE;
        String summary = note.kind() == NoteKind.STRATEGY_DISCUSSION
                ? "Strategy discussion with " + note.participants().stream()
                        .map(p -> p.name() + " (" + p.agency() + ")").collect(Collectors.joining(", "))
                        + ". Decided: " + cut(note.decision()) + ". Next: " + cut(note.nextSteps())
                : cut(note.text());
        String status = note.supersededBy() != null ? " [corrected by a later note]"
                : note.supersedes() != null ? " [corrects an earlier note]" : "";
        return new ChronologyEntry(note.occurredAt(), kind, summary + status, note.writtenBy(), null);
    }

    private static String cut(String text) {
        if (text == null) {
            return "";
        }
        String plain = text.strip().replaceAll("\\s+", " ");
        return plain.length() <= SUMMARY_LENGTH ? plain : plain.substring(0, SUMMARY_LENGTH - 1) + "…";
    }
}
