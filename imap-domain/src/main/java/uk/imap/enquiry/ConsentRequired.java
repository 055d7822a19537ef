package uk.imap.enquiry;

import uk.imap.shared.DomainException;

/** R1: an enquiry cannot leave DRAFT until a consent decision is recorded. */
public class ConsentRequired extends DomainException {

    public ConsentRequired() {
        super("R1", "Record a consent decision before opening the enquiry");
    }
}
