package uk.imap.access;

import uk.imap.shared.DomainException;

/** The record exists but lies outside the caller's need to know (R16): a 403 and an audit event, never a 404. */
public class OutsideNeedToKnow extends DomainException {

    private final String record;

    public OutsideNeedToKnow(String record) {
        this(record, "This record is outside your need to know");
    }

    protected OutsideNeedToKnow(String record, String message) {
        super("R16", message);
        this.record = record;
    }

    public String record() {
        return record;
    }
}
