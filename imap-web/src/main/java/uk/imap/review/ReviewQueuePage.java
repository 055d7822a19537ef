package uk.imap.review;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.shared.DomainException;
import uk.imap.shared.InvalidInput;

/** Backs reviews.xhtml: the Caldicott Guardian's queue, oldest first, with a verdict and comment for each item. */
@Named
@ViewScoped
public class ReviewQueuePage implements Serializable {

    @Inject
    Reviews reviews;

    private List<ReviewView> queue;
    private final Map<Long, String> verdicts = new HashMap<>();
    private final Map<Long, String> comments = new HashMap<>();

    public List<ReviewView> getQueue() {
        if (queue == null) {
            queue = reviews.queue(true);
        }
        return queue;
    }

    public void review(Long id) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            String chosen = verdicts.get(id);
            reviews.review(id, chosen == null || chosen.isBlank() ? null : Verdict.valueOf(chosen), comments.get(id));
            queue = null;
            String text = "The review is recorded.";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (InvalidInput invalid) {
            invalid.problems().forEach(p -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), p.message())));
            faces.validationFailed();
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
            faces.validationFailed();
        }
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
