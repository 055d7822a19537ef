package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SignInLockoutTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    static List<Instant> minutesAgo(int... minutes) {
        return IntStream.of(minutes).mapToObj(m -> NOW.minus(Duration.ofMinutes(m))).toList();
    }

    @Test
    @DisplayName("R27 four failed password checks in 15 minutes leave the account open")
    void fourFailuresLeaveItOpen() {
        assertEquals(Optional.empty(), SignInLockout.of(minutesAgo(1, 2, 3, 4)).lockedUntil(NOW));
        assertEquals(Optional.empty(), SignInLockout.of(List.of()).lockedUntil(NOW));
    }

    @Test
    @DisplayName("R27 the fifth failure within 15 minutes locks the account until the fifth newest is 15 minutes old")
    void fiveFailuresLockIt() {
        SignInLockout lockout = SignInLockout.of(minutesAgo(1, 9, 2, 7, 3, 12));

        assertEquals(Optional.of(NOW.minus(Duration.ofMinutes(9)).plus(SignInLockout.WINDOW)),
                lockout.lockedUntil(NOW));
        assertEquals(Optional.empty(), lockout.lockedUntil(NOW.plus(Duration.ofMinutes(6))));
    }

    @Test
    @DisplayName("R27 failures older than 15 minutes, or after the moment asked about, do not count")
    void onlyTheWindowCounts() {
        assertEquals(Optional.empty(), SignInLockout.of(minutesAgo(1, 2, 3, 4, 15, 16, 40)).lockedUntil(NOW));
        assertEquals(Optional.empty(), SignInLockout.of(minutesAgo(1, 2, 3, 4, -1)).lockedUntil(NOW));
    }
}
