package uk.imap.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

public class WorkingCalendarTest {

    // Easter 2026: Good Friday 3 April, Easter Monday 6 April.
    final WorkingCalendar calendar = new WorkingCalendar(Set.of(LocalDate.of(2026, 4, 3), LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28)));

    public static OffsetDateTime london(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(WorkingCalendar.HUB_ZONE).toOffsetDateTime();
    }

    @Test
    @DisplayName("R15 a hub decision on a Tuesday is due on the Wednesday at the same time")
    void aWeekdayIsDueTheNextDay() {
        assertEquals(london(2026, 11, 26, 10), calendar.workingHoursAfter(london(2026, 11, 25, 10), 24));
    }

    @Test
    @DisplayName("R15 a Friday's decision is due on the Monday: weekends are not working days")
    void weekendsAreSkipped() {
        assertEquals(london(2026, 11, 30, 15), calendar.workingHoursAfter(london(2026, 11, 27, 15), 24));
    }

    @Test
    @DisplayName("R15 bank holidays are skipped: Thursday before Easter is due the Tuesday after")
    void bankHolidaysAreSkipped() {
        assertEquals(london(2026, 4, 7, 9), calendar.workingHoursAfter(london(2026, 4, 2, 9), 24));
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 28)));
        assertTrue(calendar.isWorkingDay(LocalDate.of(2026, 12, 29)));
    }

    @Test
    @DisplayName("R15 the due time keeps UK local time across the change to summer time")
    void summerTimeIsHonoured() {
        // Clocks go forward on Sunday 29 March 2026: Friday 09:00 GMT is due Monday 09:00 BST.
        OffsetDateTime due = calendar.workingHoursAfter(london(2026, 3, 27, 9), 24);
        assertEquals(9, due.getHour());
        assertEquals(1, due.getOffset().getTotalSeconds() / 3600);
    }

    @Test
    @DisplayName("R30 four working hours from a Friday evening end early on Monday; hours within a day run as the clock")
    void hoursOnWorkingDaysOnly() {
        assertEquals(london(2026, 11, 25, 14), calendar.workingHoursAfter(london(2026, 11, 25, 10), 4));
        assertEquals(london(2026, 11, 30, 2), calendar.workingHoursAfter(london(2026, 11, 27, 22), 4));
        // Received on a Saturday: the count starts at the first working day.
        assertEquals(london(2026, 11, 30, 4), calendar.workingHoursAfter(london(2026, 11, 28, 11), 4));
        assertEquals(london(2026, 12, 2, 10), calendar.workingHoursAfter(london(2026, 11, 27, 10), 72));
    }

    @Test
    @DisplayName("R22 a moment reads the same everywhere, with its year, on UK time")
    void oneDisplayFormat() {
        assertEquals("2 Dec 2026 10:07", WorkingCalendar.dayAndTime(OffsetDateTime.parse("2026-12-02T10:07:00Z")));
        assertEquals("1 Jul 2026 09:30", WorkingCalendar.dayAndTime(OffsetDateTime.parse("2026-07-01T08:30:00Z")));
        assertEquals("", WorkingCalendar.dayAndTime(null));
        assertEquals("14 Mar 2016", WorkingCalendar.day(LocalDate.of(2016, 3, 14)));
        assertEquals("", WorkingCalendar.day(null));
    }
}
