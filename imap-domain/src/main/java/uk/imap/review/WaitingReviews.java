package uk.imap.review;

import java.io.Serializable;
import java.util.List;

/**
 * One page of the review queue's open items, oldest first: the items from position {@code first} (counted from 0)
 * and how many wait in all, so a page can say where in the queue it stands.
 */
public record WaitingReviews(List<ReviewView> items, int first, long total) implements Serializable {

    public WaitingReviews {
        items = List.copyOf(items);
    }

    /** Whether items wait beyond this page. */
    public boolean hasMore() {
        return first + items.size() < total;
    }

    /** Where this page stands, as a person reads it: "Items 26 to 50 of 612". */
    public String position() {
        return items.isEmpty() ? "No items" : "Items " + (first + 1) + " to " + (first + items.size()) + " of " + total;
    }
}
