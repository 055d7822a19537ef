package uk.imap.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A legal gateway of the maintained list (R10): an Act, a section of one, or a UK GDPR / DPA 2018 basis. */
@Entity
@Table(name = "legal_gateway")
public class LegalGateway {

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "display_name", nullable = false, length = 300)
    private String displayName;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int ordinal;

    protected LegalGateway() {
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public boolean isActive() {
        return active;
    }
}
