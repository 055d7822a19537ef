package uk.imap.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.regex.Pattern;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.MaintainedEntry;

/**
 * A partner agency of the maintained list: a stable code, the name people read, and the shared mailbox that is
 * told of each request sent to it and of each that becomes overdue.
 */
@Entity
@Table(name = "agency")
public class Agency extends MaintainedEntry {

    private static final Pattern MAILBOX = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    @Column(name = "shared_mailbox", length = 254)
    private String sharedMailbox;

    protected Agency() {
    }

    /** A new partner agency, last in the list, with the shared mailbox that will be told of requests to it. */
    public Agency(String code, String displayName, int ordinal, String sharedMailbox) {
        super(code, displayName, ordinal);
        changeMailbox(sharedMailbox);
    }

    /** The mailbox the agency's responders watch, or null where none is set. */
    public String sharedMailbox() {
        return sharedMailbox;
    }

    /**
     * An administrator sets the mailbox the agency's responders watch (R15).
     *
     * @throws InvalidInput when it is not an email address
     */
    public void changeMailbox(String mailbox) {
        if (mailbox == null || !MAILBOX.matcher(mailbox.strip()).matches() || mailbox.strip().length() > 254) {
            throw new InvalidInput("sharedMailbox", "Give the agency's shared mailbox as an email address");
        }
        sharedMailbox = mailbox.strip();
    }

}
