package uk.imap.task;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TaskTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.UTC);

    static Task at(long hours, String summary) {
        return new Task(TaskKind.ANSWER_ARRIVED, NOW.plusHours(hours), null, summary, "index.xhtml");
    }

    @Test
    @DisplayName("R29 what changed comes newest first; what falls due later follows, soonest first")
    void newestFirstThenSoonestDue() {
        List<Task> tasks = List.of(at(5, "due in 5 hours"), at(-3, "three hours ago"), at(1, "due in an hour"),
                at(-1, "an hour ago"), at(-30, "overdue since yesterday"));

        assertEquals(List.of("an hour ago", "three hours ago", "overdue since yesterday", "due in an hour",
                "due in 5 hours"), Task.newestFirst(tasks, NOW).stream().map(Task::summary).toList());
    }

    @Test
    @DisplayName("R29 a home page lists the newest of what changed and all that falls due, however much changed")
    void aPageShowsTheNewestAndAllThatFallsDue() {
        List<Task> ordered = Task.newestFirst(List.of(at(-1, "an hour ago"), at(-2, "two hours ago"),
                at(-3, "three hours ago"), at(2, "due in two hours"), at(1, "due in an hour")), NOW);

        assertEquals(List.of("an hour ago", "two hours ago", "due in an hour", "due in two hours"),
                Task.firstOnAPage(ordered, NOW, 2).stream().map(Task::summary).toList());
        assertEquals(ordered, Task.firstOnAPage(ordered, NOW, 10));
    }
}
