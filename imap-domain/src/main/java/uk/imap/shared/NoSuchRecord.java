package uk.imap.shared;

/** Nothing has this identifier: a 404. Only thrown where nothing real is hidden by it (R16). */
public abstract class NoSuchRecord extends DomainException {

    protected NoSuchRecord(String message) {
        super(null, message);
    }
}
