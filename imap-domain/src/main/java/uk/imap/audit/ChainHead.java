package uk.imap.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The newest position and hash of the audit chain: one row, locked for each append, so positions are gapless
 * and chain order is commit order even with several servers writing to one database (R19).
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

    /** Appends what happened to the chain and moves the head to the new event. */
    public AuditEvent append(Occurrence occurrence) {
        AuditEvent event = AuditEvent.after(position, hash, occurrence);
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
