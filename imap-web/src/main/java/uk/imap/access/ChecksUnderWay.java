package uk.imap.access;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * R27 on this server: the password checks under way by account name. An attempt on a name whose five places are
 * all taken by checks running here waits for one of them to end instead of asking the database again and again
 * (a partner system calling with 50 connections on one account spent its cores asking); the database still decides
 * every place, and a place freed by another server is seen at the next look, a quarter of a second later at most.
 * Attempts on one name take their places one after another here, so they do not race for the same place.
 */
final class ChecksUnderWay {

    private static final int STRIPES = 64;
    private static final Duration LOOK_AGAIN = Duration.ofMillis(250);

    private final ReentrantLock[] locks = new ReentrantLock[STRIPES];
    private final Condition[] ended = new Condition[STRIPES];
    private final Map<String, Integer> underWay = new HashMap<>();

    ChecksUnderWay() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
            ended[i] = locks[i].newCondition();
        }
    }

    /**
     * Asks {@code attempt} (the database) for a place for a check on {@code name} once a place may be free, and
     * counts a check that starts. Gives up with {@code Wait} at {@code giveUp}. Whatever {@code attempt} throws
     * reaches the caller.
     */
    PasswordCheckPlaces.Answer claim(String name, Supplier<PasswordCheckPlaces.Answer> attempt, Instant giveUp)
            throws InterruptedException {
        int stripe = Math.floorMod(name.hashCode(), STRIPES);
        locks[stripe].lock();
        try {
            while (true) {
                if (underWayHere(name) < SignInLockout.MAX_FAILED_CHECKS) {
                    PasswordCheckPlaces.Answer answer = attempt.get();
                    if (answer instanceof PasswordCheckPlaces.Start) {
                        synchronized (underWay) {
                            underWay.merge(name, 1, Integer::sum);
                        }
                    }
                    if (!(answer instanceof PasswordCheckPlaces.Wait)) {
                        return answer;
                    }
                }
                long left = Duration.between(Instant.now(), giveUp).toMillis();
                if (left <= 0) {
                    return new PasswordCheckPlaces.Wait();
                }
                ended[stripe].await(Math.min(left, LOOK_AGAIN.toMillis()), TimeUnit.MILLISECONDS);
            }
        } finally {
            locks[stripe].unlock();
        }
    }

    /** A check on {@code name} that started here has ended, however: one waiting attempt may look again. */
    void ended(String name) {
        int stripe = Math.floorMod(name.hashCode(), STRIPES);
        locks[stripe].lock();
        try {
            synchronized (underWay) {
                underWay.computeIfPresent(name, (key, count) -> count > 1 ? count - 1 : null);
            }
            ended[stripe].signalAll();
        } finally {
            locks[stripe].unlock();
        }
    }

    private int underWayHere(String name) {
        synchronized (underWay) {
            return underWay.getOrDefault(name, 0);
        }
    }
}
