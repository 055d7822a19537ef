package uk.imap.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest position and hash of the audit chain: one row, locked by the sequencer for each batch it places, so
 * positions are gapless even with several servers sequencing one database (R19).
 */
@Entity
@Table(name = "audit_chain_head")
public class ChainHead {

    /** The one row's key. */
    public static final int THE_HEAD = 1;

    @Id
    private int id;

    @Column(nullable = false)
    private long position;

    @Column(nullable = false, length = 64)
    private String hash;

    protected ChainHead() {
    }

    /** The head of an empty chain, as the first migration stores it. */
    public static ChainHead genesis() {
        ChainHead head = new ChainHead();
        head.id = THE_HEAD;
        head.position = 0;
        head.hash = AuditEvent.GENESIS;
        return head;
    }

    /**
     * Appends what happened to the chain and moves the head to the new event: the design before the sequencer, where
     * each transaction held the head until it committed. Its events verify as they always did.
     */
    public AuditEvent append(Occurrence occurrence) {
        return moveTo(AuditEvent.after(position, hash, occurrence));
    }

    /** The sequencer's step: gives a committed entry the next position, linked to the head, and moves the head. */
    public AuditEvent sequence(AuditEntry entry) {
        return moveTo(AuditEvent.sequenced(position, hash, entry));
    }

    private AuditEvent moveTo(AuditEvent event) {
        position = event.position();
        hash = event.hash();
        return event;
    }

    public long position() {
        return position;
    }

    public String hash() {
        return hash;
    }
}
