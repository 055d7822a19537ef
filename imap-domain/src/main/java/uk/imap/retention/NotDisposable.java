package uk.imap.retention;

import uk.imap.shared.DomainException;

/** R33: this enquiry may not be disposed of now (not closed, not yet past retention, or held): nothing changed. */
public class NotDisposable extends DomainException {

    public NotDisposable(String message) {
        super("R33", message);
    }
}
