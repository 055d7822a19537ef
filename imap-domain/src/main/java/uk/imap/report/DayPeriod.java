package uk.imap.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.shared.InvalidInput;

/**
 * Whole days (UTC, as the reports count them) chosen on a report page; either end may be open. The last day is
 * included.
 */
public record DayPeriod(LocalDate from, LocalDate to) implements Serializable {

    public DayPeriod {
        if (from != null && to != null && to.isBefore(from)) {
            throw new InvalidInput("to", "The period must end on or after the day it starts.");
        }
    }

    /** The first moment, or null when the period has no start. */
    public OffsetDateTime start() {
        return from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** The moment after the last day, or null when the period has no end. */
    public OffsetDateTime end() {
        return to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** As the report's heading says it, or null for all time. */
    public String text() {
        if (from == null && to == null) {
            return null;
        }
        return (from == null ? "the start" : WorkingCalendar.day(from)) + " to "
                + (to == null ? "now" : WorkingCalendar.day(to));
    }
}
