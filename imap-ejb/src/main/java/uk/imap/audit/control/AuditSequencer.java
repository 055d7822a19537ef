package uk.imap.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import uk.imap.audit.AuditEntry;
import uk.imap.audit.AuditEvent;
import uk.imap.audit.ChainHead;

/**
 * The audit chain's sequencer (R19, issue 16): gives entries that their transactions have committed their places in
 * the chain, in the order they were written, a batch at a time, and removes them from the entries waiting. It alone
 * takes the chain's head, so business transactions never wait for one another to write their events. Several
 * servers sharing a database each run it; the head's row lock lets one at a time place a batch, and each sees only
 * what is still waiting, so no entry is placed twice or skipped.
 */
@ApplicationScoped
public class AuditSequencer {

    /** The most entries placed in one transaction. */
    public static final int BATCH = 2000;

    // Entries removed per statement once placed: named by id, never by range, so an entry committed meanwhile with a
    // lower id is left for the next batch rather than removed unplaced.
    private static final int REMOVED_AT_ONCE = 500;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    Event<CheckpointDue> checkpointDue;

    // Through the container, so each batch of catchUp() has the transaction of its own that placeWaiting() declares.
    @Inject
    AuditSequencer self;

    /**
     * Places up to {@link #BATCH} committed entries, oldest written first, and says how many. Readers that must see
     * the newest events (the auditor's searches, disposal's erasure) call it before they read.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int placeWaiting() {
        return place(em.find(ChainHead.class, ChainHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE));
    }

    /**
     * As {@link #placeWaiting}, but gives way at once (a {@link jakarta.persistence.PersistenceException}) when
     * another sequencer holds the head: that one is placing them already. For verification, which must not wait
     * behind a head held for longer.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public int placeWaitingUnlessBusy() {
        return place(em.find(ChainHead.class, ChainHead.THE_HEAD, LockModeType.PESSIMISTIC_WRITE,
                Map.of("jakarta.persistence.lock.timeout", 0)));
    }

    private int place(ChainHead head) {
        // Read only: nothing here changes them, so the commit need not compare them with copies of themselves.
        List<AuditEntry> waiting = em.createQuery("SELECT a FROM AuditEntry a ORDER BY a.id", AuditEntry.class)
                .setHint("eclipselink.read-only", "true").setMaxResults(BATCH).getResultList();
        List<Long> placed = new ArrayList<>(waiting.size());
        for (AuditEntry entry : waiting) {
            AuditEvent event = head.sequence(entry);
            em.persist(event);
            placed.add(entry.id());
            if (event.position() % AuditCheckpoints.EVERY == 0) {
                checkpointDue.fire(new CheckpointDue(event.position()));
            }
        }
        for (int from = 0; from < placed.size(); from += REMOVED_AT_ONCE) {
            removed(placed.subList(from, Math.min(placed.size(), from + REMOVED_AT_ONCE)));
        }
        return placed.size();
    }

    // In SQL, not JPQL: after a JPQL removal EclipseLink compared every entry it had read with every id removed, in
    // memory (2,000 entries by 500 ids, four times a batch): 40 % of a busy server's time, by a recording.
    private void removed(List<Long> ids) {
        StringJoiner marks = new StringJoiner(", ", "DELETE FROM audit_entry WHERE id IN (", ")");
        for (int i = 1; i <= ids.size(); i++) {
            marks.add("?" + i);
        }
        Query removal = em.createNativeQuery(marks.toString());
        for (int i = 0; i < ids.size(); i++) {
            removal.setParameter(i + 1, ids.get(i));
        }
        removal.executeUpdate();
    }

    /** Places everything waiting, a batch per transaction. */
    public void catchUp() {
        while (self.placeWaiting() == BATCH) {
            // The next batch.
        }
    }
}
