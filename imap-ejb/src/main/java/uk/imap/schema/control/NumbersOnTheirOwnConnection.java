package uk.imap.schema.control;

import java.util.List;
import java.util.Map;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sequencing.NativeSequence;
import org.eclipse.persistence.sequencing.Sequence;
import org.eclipse.persistence.sessions.Session;

/**
 * Fetches each next block of new records' numbers over the numbering pool (ImapSequenceDS), never over the
 * connection of the transaction that needs it. EclipseLink uses that pool only for numbers it fetches in a
 * transaction of their own, and fetches a database sequence's numbers on the caller's connection. A transaction with
 * no connection yet (the one that records an idle session's expiry) then asked ImapDS for one while holding the lock
 * on the next block, and requests waiting for that lock held every connection of ImapDS: all of them stalled until
 * EclipseLink gave up after 40 s (issue 16).
 */
public class NumbersOnTheirOwnConnection implements SessionCustomizer {

    @Override
    public void customize(Session session) {
        DatasourcePlatform platform = (DatasourcePlatform) session.getDatasourceLogin().getDatasourcePlatform();
        Map<String, Sequence> sequences = platform.getSequences();
        if (sequences == null) {
            return;
        }
        for (Sequence sequence : List.copyOf(sequences.values())) {
            if (sequence.getClass() == NativeSequence.class) {
                platform.addSequence(new InItsOwnTransaction((NativeSequence) sequence));
            }
        }
    }

    /** A database sequence whose numbers are fetched in a transaction of their own, so over the numbering pool. */
    static final class InItsOwnTransaction extends NativeSequence {

        InItsOwnTransaction(NativeSequence sequence) {
            super(sequence.getName(), sequence.getPreallocationSize(), sequence.getInitialValue(),
                    sequence.shouldUseIdentityIfPlatformSupports());
            setQualifier(sequence.getQualifier());
        }

        @Override
        public void onConnect() {
            super.onConnect();
            // Decided on connecting from the database platform; a sequence's next value needs no more than a
            // transaction around it, so this changes only where it is fetched.
            setShouldUseTransaction(true);
        }
    }
}
