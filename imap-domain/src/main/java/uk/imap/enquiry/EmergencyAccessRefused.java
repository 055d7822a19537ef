package uk.imap.enquiry;

import uk.imap.shared.DomainException;

/** R23: only practitioners and managers may break the glass. */
public class EmergencyAccessRefused extends DomainException {

    public EmergencyAccessRefused() {
        super("R23", "Only a practitioner or a manager may ask for emergency access");
    }
}
