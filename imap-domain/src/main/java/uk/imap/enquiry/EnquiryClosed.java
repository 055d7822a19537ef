package uk.imap.enquiry;

import uk.imap.shared.DomainException;

/** A closed enquiry is a finished record: nothing on it changes. */
public class EnquiryClosed extends DomainException {

    public EnquiryClosed() {
        super(null, "The enquiry is closed and cannot change");
    }
}
