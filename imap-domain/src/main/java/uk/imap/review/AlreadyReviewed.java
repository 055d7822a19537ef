package uk.imap.review;

import uk.imap.shared.DomainException;

/** A queued item is reviewed once, by the Caldicott Guardian. */
public class AlreadyReviewed extends DomainException {

    public AlreadyReviewed(String message) {
        super(null, message);
    }
}
