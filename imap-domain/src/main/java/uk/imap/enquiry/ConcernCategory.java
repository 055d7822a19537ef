package uk.imap.enquiry;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.imap.shared.MaintainedEntry;

/** An entry of the maintained list of concern categories: a stable code and the name people read. */
@Entity
@Table(name = "concern_category")
public class ConcernCategory extends MaintainedEntry {

    protected ConcernCategory() {
    }

    /** A new entry, active, placed last. */
    public ConcernCategory(String code, String displayName, int ordinal) {
        super(code, displayName, ordinal);
    }
}
