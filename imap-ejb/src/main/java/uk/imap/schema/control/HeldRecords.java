package uk.imap.schema.control;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * One lock for each record someone is changing, made when it is first wanted and dropped when nobody holds it or
 * waits for it. Two changes wait for each other only when they change the same record: a fixed table of shared
 * locks made unrelated changes wait too, and two of them that each held the lock the other wanted waited for each
 * other until both gave up (seen while generating a council's data).
 */
final class HeldRecords {

    private static final class Lock {
        final Semaphore permit = new Semaphore(1);
        // How many transactions hold or wait for it; changed only inside the map's atomic compute.
        int users;
    }

    private final ConcurrentHashMap<String, Lock> locks = new ConcurrentHashMap<>();

    /** Holds the record, waiting at most as long as given; false when another change held it all that time. */
    boolean hold(String record, long wait, TimeUnit unit) throws InterruptedException {
        Lock lock = locks.compute(record, (key, existing) -> {
            Lock used = existing == null ? new Lock() : existing;
            used.users++;
            return used;
        });
        boolean held = false;
        try {
            held = lock.permit.tryAcquire(wait, unit);
            return held;
        } finally {
            if (!held) {
                leave(record);
            }
        }
    }

    /** Lets go of a record {@link #hold held}. */
    void release(String record) {
        locks.get(record).permit.release();
        leave(record);
    }

    /** How many records are held or waited for now. */
    int size() {
        return locks.size();
    }

    private void leave(String record) {
        locks.computeIfPresent(record, (key, lock) -> --lock.users == 0 ? null : lock);
    }
}
