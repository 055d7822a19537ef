package uk.imap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WaitingReviewsTest {

    private static final ReviewView ITEM = new ReviewView(1L, ReviewKind.EMERGENCY_ACCESS, "IMAP-2026-000001",
            "ENQUIRY", "1", "prac.lee", OffsetDateTime.parse("2026-12-04T09:00:00Z"), "A&E at 2am", 5, null, null,
            null, null);

    @Test
    @DisplayName("R29 a page of the queue says where it stands and whether more wait beyond it")
    void position() {
        WaitingReviews middle = new WaitingReviews(Collections.nCopies(25, ITEM), 25, 612);
        WaitingReviews last = new WaitingReviews(List.of(ITEM, ITEM), 50, 52);

        assertEquals("Items 26 to 50 of 612", middle.position());
        assertTrue(middle.hasMore());
        assertEquals("Items 51 to 52 of 52", last.position());
        assertFalse(last.hasMore());
        assertEquals("No items", new WaitingReviews(List.of(), 0, 0).position());
    }
}
