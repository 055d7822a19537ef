package uk.imap.retention;

import uk.imap.shared.NoSuchRecord;

/** R33: no legal hold is in place on this enquiry, so there is none to show or lift. */
public class NotHeld extends NoSuchRecord {

    public NotHeld(String reference) {
        super("No legal hold is in place on " + (reference == null ? "" : reference.replaceAll("[^A-Za-z0-9-]", "")));
    }
}
