package uk.imap.sharing;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import uk.imap.shared.MaintainedEntry;

/** A legal gateway of the maintained list (R10): an Act, a section of one, or a UK GDPR / DPA 2018 basis. */
@Entity
@Table(name = "legal_gateway")
public class LegalGateway extends MaintainedEntry {

    protected LegalGateway() {
    }

    /** A new entry, active, placed last. */
    public LegalGateway(String code, String displayName, int ordinal) {
        super(code, displayName, ordinal);
    }
}
