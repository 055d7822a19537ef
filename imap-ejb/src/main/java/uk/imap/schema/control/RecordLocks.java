package uk.imap.schema.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockTimeoutException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import uk.imap.audit.RecordType;

/**
 * R21: on this server, one change of a record at a time, from reading it to the commit. The record's version check
 * still decides between servers, but on the embedded H2 database two saves begun from the same version could both
 * commit (10,000 conflicting saves lost four updates in ConflictingEditsIT), and H2's SELECT ... FOR UPDATE returns
 * the row as it was before the wait. A change that waits here reads the record only after the one before it has
 * committed, so it finds the version moved on and is told. Each record has its own lock (two changes of different
 * records never wait for each other), released when the transaction ends, on whatever thread ends it.
 */
@ApplicationScoped
public class RecordLocks {

    private static final long LONGEST_WAIT_SECONDS = 10;
    private static final Object HELD = RecordLocks.class.getName() + ".held";

    private final HeldRecords records = new HeldRecords();

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    /**
     * Holds the record for the current transaction until it ends; a transaction that holds it already goes on.
     *
     * @throws LockTimeoutException when another change has held it for longer than ten seconds (a 503: try again)
     */
    public void holdUntilCommit(RecordType type, Object id) {
        String recordType = type.stored();
        String record = recordType + "#" + id;
        @SuppressWarnings("unchecked")
        Set<String> held = (Set<String>) transactions.getResource(HELD);
        if (held == null) {
            held = new HashSet<>();
            transactions.putResource(HELD, held);
            Set<String> releaseOnEnd = held;
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    // nothing: the locks are kept through the commit itself
                }

                @Override
                public void afterCompletion(int status) {
                    releaseOnEnd.forEach(records::release);
                }
            });
        }
        if (held.contains(record)) {
            return;
        }
        try {
            if (!records.hold(record, LONGEST_WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new LockTimeoutException(recordType + " " + id + " is being changed by someone else");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LockTimeoutException(recordType + " " + id + " could not be held");
        }
        held.add(record);
    }
}
