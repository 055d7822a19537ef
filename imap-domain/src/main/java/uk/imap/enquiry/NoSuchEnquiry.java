package uk.imap.enquiry;

import uk.imap.shared.NoSuchRecord;

/** No enquiry has this reference. Only thrown where the reference names nothing at all (R16 forbids hiding a real one). */
public class NoSuchEnquiry extends NoSuchRecord {

    public NoSuchEnquiry(String reference) {
        super("There is no enquiry " + (reference == null ? "" : reference.replaceAll("[^A-Za-z0-9-]", "")));
    }
}
