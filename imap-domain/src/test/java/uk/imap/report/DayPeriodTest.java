package uk.imap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.shared.InvalidInput;

class DayPeriodTest {

    @Test
    @DisplayName("R20 a report period includes its last day, and may be open at either end")
    void wholeDays() {
        DayPeriod december = new DayPeriod(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 2));
        assertEquals(OffsetDateTime.parse("2026-12-01T00:00Z"), december.start());
        assertEquals(OffsetDateTime.parse("2026-12-03T00:00Z"), december.end());
        assertEquals("1 Dec 2026 to 2 Dec 2026", december.text());
        assertEquals("the start to 2 Dec 2026", new DayPeriod(null, LocalDate.of(2026, 12, 2)).text());
        assertNull(new DayPeriod(null, null).start());
        assertNull(new DayPeriod(null, null).text());
    }

    @Test
    @DisplayName("R20 a period that ends before it starts is refused at its last day")
    void backwards() {
        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> new DayPeriod(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 1)));
        assertEquals("to", refused.problems().get(0).field());
    }
}
