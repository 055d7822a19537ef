package uk.imap.enquiry;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import uk.imap.calendar.WorkingCalendar;

/**
 * R30, R15: when the hub decision on an enquiry is due: a number of hours by its RAG priority, counted from the
 * time of receipt on working days only. The defaults keep the agreement's one working day and give a Red concern
 * four hours; administrators may change the hours.
 */
public final class DecisionClock {

    public static final Map<Priority, Integer> DEFAULT_HOURS = Map.of(Priority.RED, 4, Priority.AMBER, 24,
            Priority.GREEN, 24);

    private final WorkingCalendar calendar;
    private final Map<Priority, Integer> hours;

    /** @param hours the hours for each priority; a priority without any takes its default */
    public DecisionClock(WorkingCalendar calendar, Map<Priority, Integer> hours) {
        this.calendar = calendar;
        this.hours = new EnumMap<>(DEFAULT_HOURS);
        this.hours.putAll(hours);
    }

    public int hours(Priority priority) {
        return hours.get(priority);
    }

    /** When the hub decision is due on a concern of this priority received at {@code receivedAt}. */
    public OffsetDateTime dueAt(Priority priority, OffsetDateTime receivedAt) {
        return calendar.workingHoursAfter(receivedAt, hours(priority)).withOffsetSameInstant(ZoneOffset.UTC);
    }
}
