package uk.imap.enquiry;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.Text;

/**
 * R30: when the concern reached the hub, which starts the clock for the hub decision. Recording it a little after
 * it arrived is the normal case; a time further back needs a reason, because it moves the decision due earlier and
 * an auditor will ask why.
 *
 * @param receivedAt when the referral arrived; null means now
 * @param reason     why the time of receipt is earlier than the record; needed beyond {@link #GRACE}
 */
public record Receipt(OffsetDateTime receivedAt, String reason) {

    /** How long typing up a referral may take before an earlier time of receipt needs a reason. */
    public static final Duration GRACE = Duration.ofMinutes(15);

    static final int REASON_LENGTH = 1000;

    /** Received as it is recorded. */
    public static Receipt now() {
        return new Receipt(null, null);
    }

    /** What is wrong with this receipt when recorded at {@code at}; empty when nothing is. */
    public List<FieldProblem> problems(OffsetDateTime at) {
        List<FieldProblem> problems = new ArrayList<>();
        if (receivedAt == null) {
            return problems;
        }
        if (receivedAt.isAfter(at)) {
            problems.add(new FieldProblem("receivedAt", "The time of receipt cannot be in the future"));
        } else if (receivedAt.isBefore(at.minus(GRACE))) {
            Text.require(reason, REASON_LENGTH, "receivedAtReason",
                    "Say why the referral is recorded later than it arrived", problems);
        } else {
            Text.limit(reason, REASON_LENGTH, "receivedAtReason", problems);
        }
        return problems;
    }

    /** The time of receipt, recording at {@code at}. */
    OffsetDateTime at(OffsetDateTime at) {
        return receivedAt == null ? at : receivedAt;
    }
}
