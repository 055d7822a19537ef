package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SessionLifetimeTest {

    static final Instant BEGAN = Instant.parse("2026-12-02T08:00:00Z");

    @Test
    @DisplayName("R27 a session lasts at most 12 hours from its start, however busy")
    void twelveHoursAtMost() {
        assertFalse(SessionLifetime.outlived(BEGAN, BEGAN.plus(Duration.ofHours(11).plusMinutes(59))));
        assertTrue(SessionLifetime.outlived(BEGAN, BEGAN.plus(Duration.ofHours(12))));
        assertTrue(SessionLifetime.outlived(BEGAN, BEGAN.plus(Duration.ofDays(3))));
    }
}
