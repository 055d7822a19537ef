package uk.imap.enquiry;

import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** A request to move an enquiry on: POST /enquiries/{reference}/transitions. */
public class TransitionInput {

    private String to;
    private Long version;
    private String outcome;
    private String reasons;
    private String threshold;

    /** The status asked for; the checks of {@link #version()} and {@link #outcome()} are made with it. */
    EnquiryStatus to() {
        List<FieldProblem> problems = new ArrayList<>();
        EnquiryStatus next = Codes.parse(EnquiryStatus.class, to, "to", problems);
        if (next == null && problems.isEmpty()) {
            problems.add(new FieldProblem("to", "Say which status the enquiry moves to"));
        }
        if (version == null) {
            problems.add(new FieldProblem("version", "Send the version of the enquiry you read"));
        }
        Codes.parse(Outcome.class, outcome, "outcome", problems);
        Codes.parse(Threshold.class, threshold, "threshold", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return next;
    }

    long version() {
        return version;
    }

    Outcome outcome() {
        return Codes.parse(Outcome.class, outcome, "outcome", new ArrayList<>());
    }

    /** The threshold view at the close, or null to keep the one recorded (R29). */
    Threshold threshold() {
        return Codes.parse(Threshold.class, threshold, "threshold", new ArrayList<>());
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = threshold;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }
}
