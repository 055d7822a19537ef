package uk.imap.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * R27 (OWASP ASVS 2.2.1): at most five failed password checks per account in any 15 minutes. Once five have failed
 * within the window, further attempts are refused without checking the password, even the right one, until the
 * fifth most recent failure is 15 minutes old. A refused attempt is not a password check, so it never lengthens
 * the lockout.
 */
public final class SignInLockout {

    public static final int MAX_FAILED_CHECKS = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final List<Instant> failuresNewestFirst;

    private SignInLockout(List<Instant> failuresNewestFirst) {
        this.failuresNewestFirst = failuresNewestFirst;
    }

    /** The account's failed password checks; those older than the window are ignored. */
    public static SignInLockout of(Collection<Instant> failedChecks) {
        return new SignInLockout(failedChecks.stream().sorted(Comparator.reverseOrder()).toList());
    }

    /** Since when failures count: anything before this has no bearing on a sign-in at {@code now}. */
    public static Instant windowStart(Instant now) {
        return now.minus(WINDOW);
    }

    /** When the account opens again, if a sign-in at {@code now} must be refused unchecked. */
    public Optional<Instant> lockedUntil(Instant now) {
        List<Instant> inWindow = failuresNewestFirst.stream()
                .filter(failure -> failure.isAfter(windowStart(now)) && !failure.isAfter(now)).toList();
        if (inWindow.size() < MAX_FAILED_CHECKS) {
            return Optional.empty();
        }
        return Optional.of(inWindow.get(MAX_FAILED_CHECKS - 1).plus(WINDOW));
    }
}
