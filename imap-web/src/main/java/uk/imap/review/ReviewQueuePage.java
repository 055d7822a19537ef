package uk.imap.review;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/**
 * Backs reviews.xhtml: the Caldicott Guardian's queue, oldest first, a page at a time, with a verdict and comment for
 * each item.
 */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    @Inject
    Reviews reviews;

    /** Items on a page: a morning's work, without scrolling past the rest of a long queue. */
    static final int PAGE_SIZE = 25;

    private WaitingReviews queue;
    private int first;
    private ReviewKind kindShown;
    private final Map<Long, UnderReview> opened = new HashMap<>();
    private final Map<Long, String> verdicts = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    public List<ReviewView> getQueue() {
        return waiting().items();
    }

    /** Where the page stands in the queue: "Items 26 to 50 of 612". */
    public String getPosition() {
        return waiting().position();
    }

    public boolean isFirstPage() {
        return first == 0;
    }

    public boolean isLastPage() {
        return !waiting().hasMore();
    }

    public void next() {
        if (waiting().hasMore()) {
            first += PAGE_SIZE;
            queue = null;
        }
    }

    public void previous() {
        first = Math.max(0, first - PAGE_SIZE);
        queue = null;
    }

    private WaitingReviews waiting() {
        if (queue == null) {
            queue = reviews.waiting(kindShown, first, PAGE_SIZE);
            if (queue.items().isEmpty() && first > 0) {
                // The last items of the last page were reviewed: show the page before, now the last.
                first = (int) Math.max(0, (queue.total() - 1) / PAGE_SIZE * PAGE_SIZE);
                queue = reviews.waiting(kindShown, first, PAGE_SIZE);
            }
        }
        return queue;
    }

    public void review(Long id) {
        try {
            String chosen = verdicts.get(id);
            reviews.review(id, chosen == null || chosen.isBlank() ? null : Verdict.valueOf(chosen), comments.get(id));
            queue = null;
            String text = "The review is recorded.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    /** R29: opens what the item is about beside it; the opening is audited. */
    public void open(Long id) {
        try {
            opened.put(id, reviews.underReview(id));
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    public void filter() {
        first = 0;
        queue = null;
    }

    public Map<Long, UnderReview> getOpened() {
        return opened;
    }

    public ReviewKind getKindShown() {
        return kindShown;
    }

    public void setKindShown(ReviewKind kindShown) {
        this.kindShown = kindShown;
    }

    public ReviewKind[] getKinds() {
        return ReviewKind.values();
    }

    public Map<Long, String> getVerdicts() {
        return verdicts;
    }

    public Map<Long, String> getComments() {
        return comments;
    }

    public Verdict[] verdictsFor(ReviewKind kind) {
        return kind == ReviewKind.EMERGENCY_ACCESS ? Verdict.values()
                : new Verdict[] {Verdict.ACCEPTED, Verdict.CONCERN};
    }
}
