package uk.imap.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import uk.imap.enquiry.Outcome;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class RetentionScheduleTest {

    static final Map<String, String> COUNCIL = Map.of("NO_FURTHER_ACTION", "P6Y", "EARLY_HELP", "P7Y",
            "S17_ASSESSMENT", "P25Y", "S47_STRATEGY_DISCUSSION", "P40Y", "REFERRAL_TO_ANOTHER_SERVICE", "P18M",
            "OTHER", "p6y");

    static final RetentionSchedule SCHEDULE = RetentionSchedule.parse(COUNCIL);

    @ParameterizedTest
    @EnumSource(Outcome.class)
    @DisplayName("R33 each outcome is kept for its own period from the day it closed, and is past it the day after")
    void perOutcome(Outcome outcome) {
        OffsetDateTime closed = OffsetDateTime.of(2020, 6, 10, 15, 0, 0, 0, ZoneOffset.UTC);
        LocalDate kept = LocalDate.of(2020, 6, 10).plus(Period.parse(COUNCIL.get(outcome.name()).toUpperCase()));

        assertEquals(kept, SCHEDULE.keptUntil(outcome, closed));
        assertFalse(SCHEDULE.pastRetention(outcome, closed, kept), "still kept on its last day");
        assertTrue(SCHEDULE.pastRetention(outcome, closed, kept.plusDays(1)));
    }

    @Test
    @DisplayName("R33 closed on 29 February, six years are kept to 28 February; in a leap year's end, to 29 February")
    void leapYears() {
        OffsetDateTime leapDay = OffsetDateTime.of(2024, 2, 29, 10, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2030, 2, 28), SCHEDULE.keptUntil(Outcome.NO_FURTHER_ACTION, leapDay));
        assertTrue(SCHEDULE.pastRetention(Outcome.NO_FURTHER_ACTION, leapDay, LocalDate.of(2030, 3, 1)));
        assertFalse(SCHEDULE.pastRetention(Outcome.NO_FURTHER_ACTION, leapDay, LocalDate.of(2030, 2, 28)));

        RetentionSchedule fourYears = RetentionSchedule.parse(with("NO_FURTHER_ACTION", "P4Y"));
        assertEquals(LocalDate.of(2028, 2, 29), fourYears.keptUntil(Outcome.NO_FURTHER_ACTION, leapDay));
    }

    @Test
    @DisplayName("R33 the day of closing is the hub's: closed at 23:30 in British Summer Time counts from the next day")
    void hubsDay() {
        OffsetDateTime lateInJune = OffsetDateTime.of(2020, 6, 10, 23, 30, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2026, 6, 11), SCHEDULE.keptUntil(Outcome.NO_FURTHER_ACTION, lateInJune));
    }

    @Test
    @DisplayName("R33 retention is calendar time: a last day on a bank holiday or a weekend is not moved")
    void bankHolidaysDoNotMoveIt() {
        // 26 Dec 2025 is Boxing Day, a bank holiday in England; 25 Dec 2027 is a Saturday.
        OffsetDateTime closed = OffsetDateTime.of(2019, 12, 26, 12, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2025, 12, 26), SCHEDULE.keptUntil(Outcome.NO_FURTHER_ACTION, closed));
        assertTrue(SCHEDULE.pastRetention(Outcome.NO_FURTHER_ACTION, closed, LocalDate.of(2025, 12, 27)));
        OffsetDateTime christmas = OffsetDateTime.of(2020, 12, 25, 12, 0, 0, 0, ZoneOffset.UTC);
        assertEquals(LocalDate.of(2027, 12, 25), SCHEDULE.keptUntil(Outcome.EARLY_HELP, christmas));
    }

    @Property(tries = 500)
    @DisplayName("R33 the database's narrowing never leaves out an enquiry past retention")
    void narrowingKeepsEveryOneDue(@ForAll @IntRange(min = 0, max = 20000) int daysAgo,
                                   @ForAll @IntRange(min = 0, max = 20000) int todayOffset,
                                   @ForAll Outcome outcome) {
        LocalDate today = LocalDate.of(2026, 1, 1).plusDays(todayOffset);
        OffsetDateTime closed = today.minusDays(daysAgo).atTime(12, 0).atOffset(ZoneOffset.UTC);
        if (SCHEDULE.pastRetention(outcome, closed, today)) {
            assertTrue(closed.isBefore(SCHEDULE.closedBefore(outcome, today)), closed + " " + today);
        }
    }

    @Test
    @DisplayName("R33 a schedule with a period missing, not a period, too short or too long changes nothing")
    void badSchedules() {
        Map<String, String> typed = with("EARLY_HELP", "six years");
        typed.put("S17_ASSESSMENT", "P2W");
        typed.put("S47_STRATEGY_DISCUSSION", "P101Y");
        typed.remove("OTHER");
        typed.put("CLOSED_FOREVER", "P1Y");

        InvalidInput invalid = assertThrows(InvalidInput.class, () -> RetentionSchedule.parse(typed));

        assertEquals(Set.of("EARLY_HELP", "S17_ASSESSMENT", "S47_STRATEGY_DISCUSSION", "OTHER", "CLOSED_FOREVER"),
                invalid.problems().stream().map(FieldProblem::field).collect(Collectors.toSet()));
    }

    @Test
    @DisplayName("R33 the audit event names each period changed")
    void changes() {
        RetentionSchedule next = RetentionSchedule.parse(with("EARLY_HELP", "P8Y"));
        assertEquals("EARLY_HELP P7Y to P8Y", next.changesFrom(SCHEDULE));
        assertEquals("no change", SCHEDULE.changesFrom(SCHEDULE));
        Map<Outcome, Period> periods = new EnumMap<>(SCHEDULE.periods());
        assertEquals(periods, RetentionSchedule.of(periods).periods());
    }

    static Map<String, String> with(String outcome, String period) {
        Map<String, String> typed = new LinkedHashMap<>(COUNCIL);
        typed.put(outcome, period);
        return typed;
    }
}
