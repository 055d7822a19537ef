package uk.imap.sharing;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import uk.imap.enquiry.Priority;

/**
 * R15: how long an agency has to answer, by the enquiry's RAG priority. Agencies answer around the clock, so the
 * time runs in hours, not working days. The defaults are the agreement's; administrators may change them.
 */
public final class ResponseTimes {

    public static final ResponseTimes DEFAULTS = new ResponseTimes(Arrays.stream(Priority.values())
            .collect(Collectors.toMap(p -> p, p -> (int) p.defaultResponseTime().toHours())));

    private final Map<Priority, Integer> hours;

    /** @param hours a whole number of hours, at least one, for every priority */
    public ResponseTimes(Map<Priority, Integer> hours) {
        for (Priority priority : Priority.values()) {
            Integer given = hours.get(priority);
            if (given == null || given < 1) {
                throw new IllegalArgumentException("A response time of at least one hour is needed for " + priority);
            }
        }
        this.hours = new EnumMap<>(hours);
    }

    public int hours(Priority priority) {
        return hours.get(priority);
    }

    public OffsetDateTime dueAfter(Priority priority, OffsetDateTime sentAt) {
        return sentAt.plus(Duration.ofHours(hours(priority)));
    }
}
