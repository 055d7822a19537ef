package uk.imap.sharing;

import uk.imap.shared.DomainException;

/** R4: consent was refused, and no approved public-interest override allows this share. */
public class SharingNeedsOverride extends DomainException {

    public SharingNeedsOverride() {
        super("R4", "Consent was refused. Sharing needs a public-interest override approved by a manager or the"
                + " Caldicott Guardian, and none named allows this share: name an approved override, or decline,"
                + " giving your reasons.");
    }
}
