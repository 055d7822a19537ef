package uk.imap.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An entry of the maintained list of concern categories: a stable code and the name people read. */
@Entity
@Table(name = "concern_category")
public class ConcernCategory {

    @Id
    @Column(length = 64)
    private String code;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(nullable = false)
    private boolean active;

    @Column(nullable = false)
    private int ordinal;

    protected ConcernCategory() {
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
