package uk.imap.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** Who told the hub about the concern, and how to reach them. */
@Embeddable
public class Referrer implements Serializable {

    @Column(name = "referrer_name", length = 200)
    private String name;

    @Column(name = "referrer_organisation", length = 200)
    private String organisation;

    @Column(name = "referrer_contact", length = 200)
    private String contact;

    protected Referrer() {
    }

    public Referrer(String name, String organisation, String contact) {
        this.name = name;
        this.organisation = organisation;
        this.contact = contact;
    }

    public String name() {
        return name;
    }

    public String organisation() {
        return organisation;
    }

    public String contact() {
        return contact;
    }
}
