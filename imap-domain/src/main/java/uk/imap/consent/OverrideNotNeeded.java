package uk.imap.consent;

import uk.imap.shared.DomainException;

/** R4: an override answers a refusal of consent; with any other decision in force there is nothing to override. */
public class OverrideNotNeeded extends DomainException {

    public OverrideNotNeeded() {
        super("R4", "Consent is not refused: an override is needed only to share despite a refusal");
    }
}
