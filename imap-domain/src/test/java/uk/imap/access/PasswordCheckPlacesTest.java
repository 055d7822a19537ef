package uk.imap.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordCheckPlacesTest {

    static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    final List<PasswordCheck> checks = new ArrayList<>();

    PasswordCheck start(Instant at) {
        PasswordCheckPlaces.Answer answer = PasswordCheckPlaces.of(checks, at).attempt("ola", at);
        PasswordCheck check = assertInstanceOf(PasswordCheckPlaces.Start.class, answer).check();
        checks.add(check);
        return check;
    }

    @Test
    @DisplayName("R27 five checks under way take every place: a sixth waits for their outcome instead of racing past")
    void aSixthConcurrentCheckWaits() {
        for (int i = 0; i < 5; i++) {
            assertEquals(i, start(NOW).place());
        }
        assertInstanceOf(PasswordCheckPlaces.Wait.class, PasswordCheckPlaces.of(checks, NOW).attempt("ola", NOW));
    }

    @Test
    @DisplayName("R27 five failed checks lock the account until the oldest of them leaves the 15-minute window")
    void fiveFailuresLock() {
        for (int i = 0; i < 5; i++) {
            start(NOW.plusSeconds(i)).failed(NOW.plusSeconds(i));
        }
        PasswordCheckPlaces.Answer answer = PasswordCheckPlaces.of(checks, NOW.plusSeconds(10)).attempt("ola",
                NOW.plusSeconds(10));

        assertEquals(new PasswordCheckPlaces.Locked(NOW.plus(SignInLockout.WINDOW)), answer);
        Instant later = NOW.plus(SignInLockout.WINDOW).plusSeconds(1);
        assertEquals(0, assertInstanceOf(PasswordCheckPlaces.Start.class,
                PasswordCheckPlaces.of(checks, later).attempt("ola", later)).check().place());
    }

    @Test
    @DisplayName("R27 a right password gives its place back; a check whose server died gives it back after ten seconds")
    void placesComeBack() {
        PasswordCheck right = start(NOW);
        checks.remove(right);
        assertEquals(0, start(NOW).place());
        for (int i = 1; i < 5; i++) {
            start(NOW);
        }
        Instant afterTheDeadline = NOW.plus(PasswordCheck.UNDER_WAY_AT_MOST).plus(Duration.ofSeconds(1));
        assertInstanceOf(PasswordCheckPlaces.Start.class,
                PasswordCheckPlaces.of(checks, afterTheDeadline).attempt("ola", afterTheDeadline));
    }

    @Test
    @DisplayName("R27 four failures and one check under way: the next attempt waits, and is locked once it fails")
    void waitThenLocked() {
        for (int i = 0; i < 4; i++) {
            start(NOW).failed(NOW);
        }
        PasswordCheck underWay = start(NOW);
        assertInstanceOf(PasswordCheckPlaces.Wait.class, PasswordCheckPlaces.of(checks, NOW).attempt("ola", NOW));

        underWay.failed(NOW.plusSeconds(1));
        assertInstanceOf(PasswordCheckPlaces.Locked.class,
                PasswordCheckPlaces.of(checks, NOW.plusSeconds(2)).attempt("ola", NOW.plusSeconds(2)));
    }
}
