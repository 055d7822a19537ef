package uk.imap.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A partner agency of the maintained list: a stable code, the name people read, and the shared mailbox that is
 * told of each request sent to it and of each that becomes overdue.
 */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "shared_mailbox", length = 254)
    private String sharedMailbox;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int ordinal;

    protected Agency() {
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    /** The mailbox the agency's responders watch, or null where none is set. */
    public String sharedMailbox() {
        return sharedMailbox;
    }

    /** An administrator sets the mailbox the agency's responders watch; null removes it. */
    public void changeMailbox(String mailbox) {
        sharedMailbox = mailbox;
    }

    public boolean isActive() {
        return active;
    }
}
