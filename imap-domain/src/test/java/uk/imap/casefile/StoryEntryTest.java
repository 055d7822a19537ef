package uk.imap.casefile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StoryEntryTest {

    static final OffsetDateTime DAY = OffsetDateTime.of(2026, 3, 14, 9, 0, 0, 0, ZoneOffset.UTC);

    static ChronologyEntry on(int day, String summary) {
        return new ChronologyEntry(DAY.plusDays(day), ChronologyKind.NOTE, summary, "prac.sam", null);
    }

    @Test
    @DisplayName("R29 a person's story merges the chronologies of their enquiries, oldest first, each with its enquiry")
    void mergedOldestFirst() {
        Map<String, Chronology> chronologies = new LinkedHashMap<>();
        chronologies.put("IMAP-2026-000002", new Chronology(List.of(on(1, "second raised"), on(5, "second closed"))));
        chronologies.put("IMAP-2026-000001", new Chronology(List.of(on(0, "first raised"), on(3, "first note"))));

        List<StoryEntry> story = StoryEntry.merged(chronologies);

        assertEquals(List.of("first raised", "second raised", "first note", "second closed"),
                story.stream().map(entry -> entry.entry().summary()).toList());
        assertEquals("IMAP-2026-000001", story.get(2).reference());
    }
}
