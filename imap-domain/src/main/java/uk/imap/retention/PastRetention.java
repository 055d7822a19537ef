package uk.imap.retention;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import uk.imap.enquiry.Outcome;

/**
 * R33: a closed enquiry past its retention, as the disposal list shows it: its reference, team, outcome, when it
 * closed, the last day it was to be kept and the schedule entry that says so. Nothing of what it holds.
 */
public record PastRetention(String reference, String team, Outcome outcome, OffsetDateTime closedAt,
                            LocalDate keptUntil, Period scheduleEntry) implements Serializable {
}
