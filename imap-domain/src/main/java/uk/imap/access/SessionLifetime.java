package uk.imap.access;

import java.time.Duration;
import java.time.Instant;

/**
 * R27 and OWASP ASVS 3.3: a session ends after 15 idle minutes (the server's time-out, with a warning on the page
 * first) and, however busy, 12 hours after it began, so a session left open on a shared desk does not last for
 * days.
 */
public final class SessionLifetime {

    public static final Duration IDLE_LIMIT = Duration.ofMinutes(15);
    public static final Duration ABSOLUTE_LIMIT = Duration.ofHours(12);

    private SessionLifetime() {
    }

    /** Whether a session begun at {@code began} must end at {@code now}, whatever its activity. */
    public static boolean outlived(Instant began, Instant now) {
        return !now.isBefore(endsAt(began));
    }

    /** When a session begun at {@code began} ends, however busy: the page warns ahead of it. */
    public static Instant endsAt(Instant began) {
        return began.plus(ABSOLUTE_LIMIT);
    }
}
