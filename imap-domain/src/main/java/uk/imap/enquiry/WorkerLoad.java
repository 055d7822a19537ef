package uk.imap.enquiry;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * R29: one worker's open enquiries, for the team's manager: how many in each status, how many past their hub
 * decision due time, and when the oldest was raised. Counts and dates only, no case content.
 *
 * @param open   open enquiries the worker owns, by status
 * @param oldest when the oldest of them was raised, or null for none
 */
public record WorkerLoad(String username, Map<EnquiryStatus, Long> open, long overdue, OffsetDateTime oldest)
        implements Serializable {

    public long openTotal() {
        return open.values().stream().mapToLong(Long::longValue).sum();
    }
}
