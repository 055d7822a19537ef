package uk.imap.review;

import uk.imap.shared.NoSuchRecord;

/** No item on the review queue has this identifier. */
public class NoSuchReview extends NoSuchRecord {

    public NoSuchReview(long id) {
        super("There is no review item " + id);
    }
}
