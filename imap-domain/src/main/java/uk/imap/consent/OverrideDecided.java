package uk.imap.consent;

import uk.imap.shared.DomainException;

/** An override is decided once; a new case needs a new request. */
public class OverrideDecided extends DomainException {

    public OverrideDecided(OverrideStatus status) {
        super("R4", "This override is already " + status.label().toLowerCase() + ": ask again with a new case");
    }
}
