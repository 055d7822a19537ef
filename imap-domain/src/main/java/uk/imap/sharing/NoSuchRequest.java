package uk.imap.sharing;

import uk.imap.shared.NoSuchRecord;

/** No information request has this id. */
public class NoSuchRequest extends NoSuchRecord {

    public NoSuchRequest(long id) {
        super("There is no information request " + id);
    }
}
