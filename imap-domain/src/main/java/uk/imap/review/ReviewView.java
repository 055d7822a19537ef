package uk.imap.review;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** A queued item as the Caldicott Guardian sees it: no case content, and how long it has waited in minutes. */
public record ReviewView(Long id, ReviewKind kind, String enquiryReference, String recordType, String recordId,
                         String raisedBy, OffsetDateTime raisedAt, String reason, long waitedMinutes, Verdict verdict,
                         String comment, String reviewedBy, OffsetDateTime reviewedAt) implements Serializable {

    /** The wait in words a person reads at a glance. */
    public String waitedText() {
        long days = waitedMinutes / 1440;
        long hours = waitedMinutes % 1440 / 60;
        long minutes = waitedMinutes % 60;
        return days > 0 ? days + (days == 1 ? " day " : " days ") + hours + " h"
                : hours > 0 ? hours + " h " + minutes + " min" : minutes + " min";
    }

    public static ReviewView of(Review review, OffsetDateTime now) {
        return new ReviewView(review.id(), review.kind(), review.enquiryReference(), review.recordType(),
                review.recordId(), review.raisedBy(), review.raisedAt(), review.reason(),
                review.waited(now).toMinutes(), review.verdict(), review.comment(), review.reviewedBy(),
                review.reviewedAt());
    }
}
