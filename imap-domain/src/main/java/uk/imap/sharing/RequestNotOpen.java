package uk.imap.sharing;

import uk.imap.shared.DomainException;

/** The request is not in a state that allows the action asked for. */
public class RequestNotOpen extends DomainException {

    public RequestNotOpen(String message) {
        super("R10", message);
    }
}
