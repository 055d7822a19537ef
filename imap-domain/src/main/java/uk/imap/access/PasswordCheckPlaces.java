package uk.imap.access;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * R27: what a new sign-in attempt on one account may do, given the places its earlier checks still hold: start a
 * check in a free place, be refused because five checks failed within the window (the account is locked), or wait
 * because the places are taken by checks still under way, whose outcome decides whether it is locked.
 */
public final class PasswordCheckPlaces {

    /** The answer to an attempt. */
    public sealed interface Answer permits Start, Locked, Wait {
    }

    /** Start the password check in this place. */
    public record Start(PasswordCheck check) implements Answer {
    }

    /** Locked: no password is checked before {@code until}. */
    public record Locked(Instant until) implements Answer {
    }

    /** Every place is taken, some by checks under way: ask again when they end. */
    public record Wait() implements Answer {
    }

    private final List<PasswordCheck> holding;

    private PasswordCheckPlaces(List<PasswordCheck> holding) {
        this.holding = holding;
    }

    /** The account's checks; those whose place has lapsed by {@code now} are ignored. */
    public static PasswordCheckPlaces of(Collection<PasswordCheck> checks, Instant now) {
        return new PasswordCheckPlaces(checks.stream().filter(check -> check.holdsPlaceAt(now)).toList());
    }

    public Answer attempt(String accountName, Instant now) {
        Optional<Instant> lockedUntil = lockedUntil(now);
        if (lockedUntil.isPresent()) {
            return new Locked(lockedUntil.get());
        }
        Set<Integer> taken = holding.stream().map(PasswordCheck::place).collect(Collectors.toSet());
        return IntStream.range(0, SignInLockout.MAX_FAILED_CHECKS).filter(place -> !taken.contains(place)).boxed()
                .findFirst().<Answer>map(place -> new Start(PasswordCheck.start(accountName, place, now)))
                .orElse(new Wait());
    }

    /** When the account opens again, if five checks have failed within the window. */
    public Optional<Instant> lockedUntil(Instant now) {
        return SignInLockout.of(holding.stream().filter(PasswordCheck::hasFailed).map(PasswordCheck::failedAt).toList())
                .lockedUntil(now);
    }
}
