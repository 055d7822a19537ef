package uk.imap.report;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;

/**
 * R25, R30: how long the hub took from receiving a concern to its decision (closing the enquiry with an outcome), and
 * how many decisions came within the time their priority allowed.
 *
 * @param decided   enquiries decided in the period
 * @param withinDue of those, decided by their due time
 * @param median    the median time to decision; null when none was decided
 */
public record HubDecisionTime(long decided, long withinDue, Duration median) implements Serializable {

    /** From each decided enquiry's time to decision, and how many were within their due time. */
    public static HubDecisionTime of(List<Duration> toDecision, long withinDue) {
        if (toDecision.isEmpty()) {
            return new HubDecisionTime(0, 0, null);
        }
        List<Duration> sorted = toDecision.stream().sorted().toList();
        int middle = sorted.size() / 2;
        Duration median = sorted.size() % 2 == 1 ? sorted.get(middle)
                : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
        return new HubDecisionTime(sorted.size(), withinDue, median);
    }

    /** The median in hours to one decimal place, as managers read it; null when nothing was decided. */
    public Double medianHours() {
        return median == null ? null : Math.round(median.toMinutes() / 6.0) / 10.0;
    }
}
