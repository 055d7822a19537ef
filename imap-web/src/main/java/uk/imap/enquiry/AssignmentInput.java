package uk.imap.enquiry;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * A change of who works on an enquiry, as chosen on the enquiry page or sent to
 * {@code /enquiries/{reference}/assignments}: {change: HAND_OVER|ADD|REMOVE, username, reason} (R16).
 */
public class AssignmentInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String change = Assignment.ADD.name();
    private String username;
    private String reason;

    /**
     * The change these fields name.
     *
     * @throws InvalidInput when the change is not one of the list's codes
     */
    public Assignment parsedChange() {
        List<FieldProblem> problems = new ArrayList<>();
        Assignment parsed = Codes.parse(Assignment.class, change, "change", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return parsed;
    }

    /** Empties what was typed once the change is made; the chosen kind of change stays. */
    public void clearTyped() {
        username = null;
        reason = null;
    }

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
