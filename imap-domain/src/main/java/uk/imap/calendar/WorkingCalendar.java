package uk.imap.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

/** Working days in England and Wales: Monday to Friday, bank holidays excepted (R15). */
public final class WorkingCalendar {

    /** The hub keeps UK time, summer time included. */
    public static final ZoneId HUB_ZONE = ZoneId.of("Europe/London");

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    /** The hub's wall-clock time of a moment, as people are told when something ends ("until 14:05"). */
    public static String clockTime(Instant moment) {
        return CLOCK_TIME.format(moment.atZone(HUB_ZONE));
    }

    /** A moment as people read it everywhere in IMAP, with the year, on the hub's clock: "2 Dec 2026 10:07". */
    public static String dayAndTime(OffsetDateTime moment) {
        return moment == null ? "" : DAY_AND_TIME.format(moment.atZoneSameInstant(HUB_ZONE));
    }

    /** A day as people read it everywhere in IMAP, with the year: "14 Mar 2016". */
    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
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
     * The moment {@code hours} of working days have passed after {@code from}, in the hub's time zone: the hours of
     * weekends and bank holidays do not count. Twenty-four hours from a working day's morning is the next working
     * day's morning, one working day (R15); four hours from a Friday evening end early on Monday.
     */
    public OffsetDateTime workingHoursAfter(OffsetDateTime from, int hours) {
        ZonedDateTime at = from.atZoneSameInstant(HUB_ZONE);
        Duration left = Duration.ofHours(hours);
        while (true) {
            if (!isWorkingDay(at.toLocalDate())) {
                at = at.toLocalDate().plusDays(1).atStartOfDay(HUB_ZONE);
                continue;
            }
            ZonedDateTime endOfDay = at.toLocalDate().plusDays(1).atStartOfDay(HUB_ZONE);
            Duration restOfDay = Duration.between(at, endOfDay);
            if (left.compareTo(restOfDay) <= 0) {
                return at.plus(left).toOffsetDateTime();
            }
            left = left.minus(restOfDay);
            at = endOfDay;
        }
    }
}
