package uk.imap.casefile;

import java.io.Serializable;
import java.util.List;
import uk.imap.advice.AdviceView;
import uk.imap.consent.ConsentOverrideView;
import uk.imap.consent.ConsentView;

/**
 * What the enquiry page shows of one enquiry, read at once: the enquiry with its subjects, consent, requests and
 * answers; its consent history; the overrides asked for; the advice asked and given.
 */
public record CaseFile(EnquiryView enquiry, List<ConsentView> consentHistory, List<ConsentOverrideView> overrides,
                       List<AdviceView> advice) implements Serializable {

    public CaseFile {
        consentHistory = List.copyOf(consentHistory);
        overrides = List.copyOf(overrides);
        advice = List.copyOf(advice);
    }
}
