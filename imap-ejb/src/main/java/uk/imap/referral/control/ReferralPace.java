package uk.imap.referral.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/**
 * R32: how fast online referrals may come, since the form is open to anyone: a few from one address in ten minutes
 * (a professional referring several children of one family), and a ceiling for the whole hub that no flood can pass.
 * Kept in memory on each server: a restart forgets, which errs towards taking referrals.
 */
@ApplicationScoped
public class ReferralPace {

    static final Duration SPELL = Duration.ofMinutes(10);
    static final int FROM_ONE_ADDRESS = 10;
    static final int FROM_EVERYONE = 100;

    private final Map<String, Deque<Instant>> byAddress = new HashMap<>();
    private final Deque<Instant> everyone = new ArrayDeque<>();

    /** What happened to one referral's place. */
    public enum Verdict {
        TAKEN, REFUSED_FIRST_IN_SPELL, REFUSED_AGAIN
    }

    /** Takes a place for a referral from {@code address} at {@code now}, or says it must wait. */
    public synchronized Verdict take(String address, Instant now) {
        Instant since = now.minus(SPELL);
        everyone.removeIf(at -> at.isBefore(since));
        byAddress.values().forEach(times -> times.removeIf(at -> at.isBefore(since)));
        byAddress.values().removeIf(Deque::isEmpty);
        Deque<Instant> mine = byAddress.computeIfAbsent(address, key -> new ArrayDeque<>());
        if (mine.size() >= FROM_ONE_ADDRESS || everyone.size() >= FROM_EVERYONE) {
            // Past the limit, each refused try is kept too, so the first refusal of a spell is told apart.
            boolean first = mine.size() == FROM_ONE_ADDRESS || everyone.size() == FROM_EVERYONE;
            mine.addLast(now);
            everyone.addLast(now);
            return first ? Verdict.REFUSED_FIRST_IN_SPELL : Verdict.REFUSED_AGAIN;
        }
        mine.addLast(now);
        everyone.addLast(now);
        return Verdict.TAKEN;
    }
}
