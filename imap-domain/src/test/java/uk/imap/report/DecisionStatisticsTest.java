package uk.imap.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class DecisionStatisticsTest {

    static final OffsetDateTime DUE = OffsetDateTime.of(2026, 11, 25, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    @DisplayName("R25 a request answered by its due time is on time, after it late; unanswered past it overdue")
    void timeliness() {
        assertEquals(Timeliness.ON_TIME, Timeliness.of(DUE, DUE, null, DUE.plusDays(1)));
        assertEquals(Timeliness.LATE, Timeliness.of(DUE, DUE.plusSeconds(1), null, DUE.plusDays(1)));
        assertEquals(Timeliness.OVERDUE, Timeliness.of(DUE, null, null, DUE.plusSeconds(1)));
        assertEquals(Timeliness.NOT_YET_DUE, Timeliness.of(DUE, null, null, DUE));
        assertEquals(Timeliness.WITHDRAWN, Timeliness.of(DUE, null, DUE.plusDays(2), DUE.plusDays(3)));
    }

    @Test
    @DisplayName("R25 the median time to hub decision is the middle one, or the mean of the middle two")
    void median() {
        assertEquals(Duration.ofHours(5), HubDecisionTime.of(List.of(Duration.ofHours(9), Duration.ofHours(1),
                Duration.ofHours(5)), 2).median());
        HubDecisionTime even = HubDecisionTime.of(List.of(Duration.ofHours(1), Duration.ofHours(2),
                Duration.ofHours(30), Duration.ofHours(3)), 3);
        assertEquals(Duration.ofMinutes(150), even.median());
        assertEquals(2.5, even.medianHours());
        assertEquals(4, even.decided());
        assertNull(HubDecisionTime.of(List.of(), 0).medianHours());
    }

    @Test
    @DisplayName("R25 requests are tallied by agency and priority, red first, with the share answered on time")
    void tally() {
        RequestTally tally = new RequestTally();
        tally.add("Police", 2, "Green", Timeliness.ON_TIME);
        tally.add("Police", 0, "Red", Timeliness.LATE);
        tally.add("Police", 0, "Red", Timeliness.ON_TIME);
        tally.add("Police", 0, "Red", Timeliness.ON_TIME);
        tally.add("Health", 1, "Amber", Timeliness.OVERDUE);

        List<DecisionStatistics.RequestTimes> rows = tally.rows();

        assertEquals(List.of("Health Amber", "Police Red", "Police Green"),
                rows.stream().map(r -> r.agency() + " " + r.priority()).toList());
        assertEquals(new DecisionStatistics.RequestTimes("Police", "Red", 2, 1, 0, 0, 0), rows.get(1));
        assertEquals(67, rows.get(1).onTimePercent());
        assertNull(rows.get(0).onTimePercent());
    }

    @Test
    @DisplayName("R25 the report's tables carry words and figures only")
    void tables() {
        DecisionStatistics statistics = new DecisionStatistics(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30),
                List.of(new DecisionStatistics.Count("Anonymous", "Early help", 3)),
                List.of(new DecisionStatistics.Count("Consent refused", null, 2)), List.of(),
                List.of(new DecisionStatistics.RequestTimes("Police", "Red", 1, 0, 0, 0, 0)),
                HubDecisionTime.of(List.of(Duration.ofHours(20)), 1));

        List<ReportTable> tables = statistics.tables();

        assertEquals(5, tables.size());
        assertEquals(List.of(List.of("Anonymous", "Early help", "3")), tables.get(0).rows());
        assertEquals(List.of(List.of("Consent refused", "2")), tables.get(1).rows());
        assertEquals("100%", tables.get(3).rows().get(0).get(7));
        assertEquals(List.of(List.of("1", "1", "20.0")), tables.get(4).rows());
        assertEquals("1 Nov 2026 to 30 Nov 2026", statistics.period());
    }
}
