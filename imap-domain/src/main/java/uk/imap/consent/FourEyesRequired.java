package uk.imap.consent;

import uk.imap.shared.DomainException;

/** R4: an override is decided by a manager or the Caldicott Guardian other than the person who asked for it. */
public class FourEyesRequired extends DomainException {

    public FourEyesRequired(String message) {
        super("R4", message);
    }
}
