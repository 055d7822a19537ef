package uk.imap.document;

import uk.imap.shared.NoSuchRecord;

/** No document has this identifier. */
public class NoSuchDocument extends NoSuchRecord {

    public NoSuchDocument(long id) {
        super("There is no document " + id);
    }
}
