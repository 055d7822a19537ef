package uk.imap.review;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * /reviews: the Caldicott Guardian's queue, oldest first ({@code status=OPEN|REVIEWED}, {@code kind=}), what each item
 * is about, and verdicts on it.
 */
@Path("/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReviewsResource {

    /** The body of a verdict: {verdict, comment}. */
    public static class VerdictInput {
        private String verdict;
        private String comment;

        public String getVerdict() {
            return verdict;
        }

        public void setVerdict(String verdict) {
            this.verdict = verdict;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }

    @Inject
    Reviews reviews;

    @GET
    public List<ReviewView> queue(@QueryParam("status") String status, @QueryParam("kind") String kind) {
        List<FieldProblem> problems = new ArrayList<>();
        ReviewKind only = Codes.parse(ReviewKind.class, kind, "kind", problems);
        Boolean open = null;
        if (status != null && !status.isBlank()) {
            switch (status.strip().toUpperCase(Locale.ROOT)) {
                case "OPEN" -> open = true;
                case "REVIEWED" -> open = false;
                default -> problems.add(new FieldProblem("status", "Use OPEN or REVIEWED"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return reviews.queue(open, only);
    }

    /** R29: what one item is about, opened for the review; the opening is audited. */
    @GET
    @Path("{id}/subject")
    public UnderReview underReview(@PathParam("id") long id) {
        return reviews.underReview(id);
    }

    /** For a manager: what the Caldicott Guardian flagged on the manager's teams' enquiries. */
    @GET
    @Path("flagged")
    public List<ReviewView> flagged() {
        return reviews.flaggedForMe();
    }

    @POST
    @Path("{id}")
    public ReviewView review(@PathParam("id") long id, VerdictInput input) {
        if (input == null) {
            throw new InvalidInput("verdict", "Send {\"verdict\": ..., \"comment\": ...}");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Verdict verdict = Codes.parse(Verdict.class, input.verdict, "verdict", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return reviews.review(id, verdict, input.comment);
    }
}
