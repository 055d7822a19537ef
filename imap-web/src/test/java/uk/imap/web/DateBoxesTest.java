package uk.imap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.report.DayPeriod;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class DateBoxesTest {

    static DateBoxes typed(String day, String month, String year, String time) {
        DateBoxes boxes = new DateBoxes();
        boxes.setDay(day);
        boxes.setMonth(month);
        boxes.setYear(year);
        boxes.setTime(time);
        return boxes;
    }

    static String problem(DateBoxes boxes) {
        List<FieldProblem> problems = new ArrayList<>();
        assertNull(boxes.moment("receivedAt", "Time of receipt", problems));
        assertEquals(1, problems.size(), problems.toString());
        assertEquals("receivedAt", problems.get(0).field());
        return problems.get(0).message();
    }

    @Test
    @DisplayName("R30 day, month and year in their own boxes are read in the hub's order, on UK time")
    void readsTheHubsOrder() {
        List<FieldProblem> problems = new ArrayList<>();
        OffsetDateTime summer = typed("14", "3", "2026", "9:05").moment("receivedAt", "Time of receipt", problems);
        assertEquals(OffsetDateTime.of(2026, 3, 14, 9, 5, 0, 0, ZoneOffset.UTC), summer);
        assertEquals(LocalDate.of(2016, 3, 14), typed("14", "03", "2016", null).date("dob", "Date of birth", problems));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    @DisplayName("R22 each wrong date is named in words: what is missing, a short year, a day that does not exist, no time")
    void saysWhatIsWrong() {
        assertEquals("Time of receipt must include a year", problem(typed("14", "3", "", "10:00")));
        assertEquals("Time of receipt must include a day and a month", problem(typed(" ", "", "2026", "10:00")));
        assertEquals("Time of receipt: the year must include 4 numbers", problem(typed("22", "7", "71989", "10:00")));
        assertEquals("Time of receipt must be a real date", problem(typed("31", "2", "2026", "10:00")));
        assertEquals("Time of receipt: the year must be 1900 or later", problem(typed("1", "2", "1066", "10:00")));
        assertEquals("Time of receipt must be a real date", problem(typed("x", "2", "2026", "10:00")));
        assertTrue(problem(typed("1", "2", "2026", "")).contains("must include a time of day"));
        assertEquals("Time of receipt must be a real time, such as 14:30", problem(typed("1", "2", "2026", "25:00")));
    }

    @Test
    @DisplayName("R30 empty boxes mean no time given; filled from a moment they show the hub's clock")
    void emptyAndFilled() {
        List<FieldProblem> problems = new ArrayList<>();
        assertNull(new DateBoxes().moment("receivedAt", "Time of receipt", problems));
        assertTrue(problems.isEmpty());
        DateBoxes shown = DateBoxes.of(OffsetDateTime.of(2026, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC));
        assertEquals(List.of("1", "7", "2026", "09:30"),
                List.of(shown.getDay(), shown.getMonth(), shown.getYear(), shown.getTime()));
    }

    @Test
    @DisplayName("R20 R22 a report's period is typed in two sets of boxes: either end may be empty, each wrong one is named")
    void period() {
        DayPeriod november = DateBoxes.period(typed("1", "11", "2026", null), typed("30", "11", "2026", null));
        assertEquals(LocalDate.of(2026, 11, 1), november.from());
        assertEquals(LocalDate.of(2026, 11, 30), november.to());
        DayPeriod allTime = DateBoxes.period(new DateBoxes(), new DateBoxes());
        assertNull(allTime.from());
        assertNull(allTime.to());

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> DateBoxes.period(typed("31", "", "2026", null), typed("30", "2", "2026", null)));
        assertEquals(List.of(new FieldProblem("from", "The first day must include a month"),
                new FieldProblem("to", "The last day must be a real date")), refused.problems());
        assertThrows(InvalidInput.class,
                () -> DateBoxes.period(typed("2", "11", "2026", null), typed("1", "11", "2026", null)));
    }
}
