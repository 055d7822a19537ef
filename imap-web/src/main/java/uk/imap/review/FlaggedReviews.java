package uk.imap.review;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the managers' part of the worklist: what the Caldicott Guardian flagged on their teams' enquiries. */
@Named
@RequestScoped
public class FlaggedReviews {

    @Inject
    Reviews reviews;

    private List<ReviewView> flagged;

    public List<ReviewView> getFlagged() {
        if (flagged == null) {
            flagged = reviews.flaggedForMe();
        }
        return flagged;
    }
}
