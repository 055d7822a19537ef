package uk.imap.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/** Working days in England and Wales: Monday to Friday, bank holidays excepted (R15). */
public final class WorkingCalendar {

    /** The hub keeps UK time, summer time included. */
    public static final ZoneId HUB_ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The hub's wall-clock time of a moment, as people are told when something ends ("until 14:05"). */
    public static String clockTime(Instant moment) {
        return CLOCK_TIME.format(moment.atZone(HUB_ZONE));
    }

    private final Set<LocalDate> bankHolidays;

    public WorkingCalendar(Set<LocalDate> bankHolidays) {
        this.bankHolidays = Set.copyOf(bankHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /**
     * The same time of day on the first working day after {@code from}'s date, in the hub's time zone: what
     * "within one working day" means for the hub decision (R15).
     */
    public OffsetDateTime oneWorkingDayAfter(OffsetDateTime from) {
        ZonedDateTime local = from.atZoneSameInstant(HUB_ZONE);
        LocalDate day = local.toLocalDate().plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return local.with(day).toOffsetDateTime();
    }
}
