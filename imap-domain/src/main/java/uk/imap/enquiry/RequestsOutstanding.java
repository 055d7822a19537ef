package uk.imap.enquiry;

import uk.imap.shared.DomainException;

/** The hub decides once every request is answered or withdrawn, not while agencies are still being asked. */
public class RequestsOutstanding extends DomainException {

    public RequestsOutstanding(int count) {
        super("R10", count == 1 ? "A request to an agency is still out: wait for its answer or withdraw it"
                : count + " requests to agencies are still out: wait for their answers or withdraw them");
    }
}
