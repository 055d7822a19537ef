package uk.imap.enquiry;

import java.io.Serializable;

/** The referrer as typed into the intake form or sent to the API. */
public class ReferrerInput implements Serializable {

    private String name;
    private String organisation;
    private String contact;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }
}
