package uk.imap.enquiry;

import uk.imap.shared.DomainException;

/** No enquiry has this reference. Only thrown where the reference names nothing at all (R16 forbids hiding a real one). */
public class NoSuchEnquiry extends DomainException {

    public NoSuchEnquiry(String reference) {
        super(null, "There is no enquiry " + (reference == null ? "" : reference.replaceAll("[^A-Za-z0-9-]", "")));
    }
}
