package uk.imap.enquiry;

import uk.imap.shared.DomainException;

/** The life cycle does not lead from the enquiry's status to the one asked for. */
public class TransitionNotAllowed extends DomainException {

    public TransitionNotAllowed(EnquiryStatus from, EnquiryStatus to) {
        this("An enquiry that is " + from.label().toLowerCase() + " cannot become " + to.label().toLowerCase());
    }

    public TransitionNotAllowed(String message) {
        super(null, message);
    }
}
