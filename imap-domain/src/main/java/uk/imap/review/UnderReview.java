package uk.imap.review;

import java.io.Serializable;
import java.util.List;

/**
 * R29: what one review item is about, opened for the Caldicott Guardian: the decision, the override, the items shared
 * or the emergency access with what was read during it, as labelled facts.
 */
public record UnderReview(Long reviewId, ReviewKind kind, String enquiryReference, List<Fact> facts)
        implements Serializable {

    /** One labelled fact, in words. */
    public record Fact(String label, String value) implements Serializable {
    }
}
