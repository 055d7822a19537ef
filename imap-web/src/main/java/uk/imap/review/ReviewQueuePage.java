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

/** Backs reviews.xhtml: the Caldicott Guardian's queue, oldest first, with a verdict and comment for each item. */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    @Inject
    Reviews reviews;

    private List<ReviewView> queue;
    private ReviewKind kindShown;
    private final Map<Long, UnderReview> opened = new HashMap<>();
    private final Map<Long, String> verdicts = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    public List<ReviewView> getQueue() {
        if (queue == null) {
            queue = reviews.queue(true, kindShown);
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
