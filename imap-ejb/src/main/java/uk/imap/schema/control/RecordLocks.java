package uk.imap.schema.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.BitSet;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import uk.imap.audit.RecordType;

/**
 * R21: on this server, one change of a record at a time, from reading it to the commit. The record's version check
 * still decides between servers, but on the embedded H2 database two saves begun from the same version could both
 * commit (10,000 conflicting saves lost four updates in ConflictingEditsIT), and H2's SELECT ... FOR UPDATE returns
 * the row as it was before the wait. A change that waits here reads the record only after the one before it has
 * committed, so it finds the version moved on and is told. Locks are stripes of a fixed table (two records may
 * share one, harmlessly), released when the transaction ends, on whatever thread ends it.
 */
@ApplicationScoped
public class RecordLocks {

    private static final int STRIPES = 1024;
    private static final long LONGEST_WAIT_SECONDS = 10;
    private static final Object HELD = RecordLocks.class.getName() + ".held";

    private final Semaphore[] stripes = new Semaphore[STRIPES];

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public RecordLocks() {
        for (int i = 0; i < STRIPES; i++) {
            stripes[i] = new Semaphore(1);
        }
    }

    /**
     * Holds the record for the current transaction until it ends; a transaction that holds it already goes on.
     *
     * @throws LockTimeoutException when another change has held it for longer than ten seconds (a 503: try again)
     */
    public void holdUntilCommit(RecordType type, Object id) {
        String recordType = type.stored();
        int stripe = Math.floorMod((recordType + "#" + id).hashCode(), STRIPES);
        BitSet held = (BitSet) transactions.getResource(HELD);
        if (held == null) {
            held = new BitSet(STRIPES);
            transactions.putResource(HELD, held);
            BitSet releaseOnEnd = held;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the locks are kept through the commit itself
                }

                @Override
                public void afterCompletion(int status) {
                    releaseOnEnd.stream().forEach(index -> stripes[index].release());
                }
            });
        }
        if (held.get(stripe)) {
            return;
        }
        try {
            if (!stripes[stripe].tryAcquire(LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new LockTimeoutException(recordType + " " + id + " is being changed by someone else");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(recordType + " " + id + " could not be held");
        }
        held.set(stripe);
    }
}
