package uk.imap.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.imap.shared.MaintainedEntry;

/**
 * A partner agency of the maintained list: a stable code, the name people read, and the shared mailbox that is
 * told of each request sent to it and of each that becomes overdue.
 */
@Entity
@Table(name = "agency")
public class Agency extends MaintainedEntry {

    @Column(name = "shared_mailbox", length = 254)
    private String sharedMailbox;

    protected Agency() {
    }

    /** The mailbox the agency's responders watch, or null where none is set. */
    public String sharedMailbox() {
        return sharedMailbox;
    }

    /** An administrator sets the mailbox the agency's responders watch; null removes it. */
    public void changeMailbox(String mailbox) {
        sharedMailbox = mailbox;
    }

}
