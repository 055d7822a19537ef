package uk.imap.casefile;

import java.io.Serializable;
import java.util.List;
import uk.imap.advice.AdviceView;
import uk.imap.consent.ConsentOverrideView;
import uk.imap.consent.ConsentView;
import uk.imap.document.DocumentView;
import uk.imap.enquiry.AssignmentChange;
import uk.imap.note.CaseNoteView;

/**
 * What the enquiry page shows of one enquiry, read at once: the enquiry with its subjects, consent, requests and
 * answers; its consent history; the overrides asked for; the advice asked and given; its case notes; its documents
 * (R31); and the chronology that merges them all (R29).
 */
public record CaseFile(EnquiryView enquiry, List<ConsentView> consentHistory, List<ConsentOverrideView> overrides,
                       List<AdviceView> advice, List<CaseNoteView> notes, List<DocumentView> documents,
                       Chronology chronology) implements Serializable {

    public CaseFile {
        consentHistory = List.copyOf(consentHistory);
        overrides = List.copyOf(overrides);
        advice = List.copyOf(advice);
        notes = List.copyOf(notes);
        documents = List.copyOf(documents);
    }

    /** The case file with its chronology merged from what it holds and the enquiry's handovers. */
    public static CaseFile of(EnquiryView enquiry, List<ConsentView> consentHistory,
                              List<ConsentOverrideView> overrides, List<AdviceView> advice,
                              List<AssignmentChange.View> handovers, List<CaseNoteView> notes,
                              List<DocumentView> documents) {
        return new CaseFile(enquiry, consentHistory, overrides, advice, notes, documents,
                Chronology.of(enquiry, consentHistory, overrides, advice, handovers, notes));
    }
}
