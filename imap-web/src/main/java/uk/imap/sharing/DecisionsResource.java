package uk.imap.sharing;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.imap.shared.InvalidInput;

/** /decisions?enquiry=: every decision to share or not about an enquiry, with its reasons (R11). */
@Path("/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionsResource {

    @Inject
    Decisions decisions;

    @GET
    public List<DecisionRecord> forEnquiry(@QueryParam("enquiry") String enquiry) {
        if (enquiry == null || enquiry.isBlank()) {
            throw new InvalidInput("enquiry", "Give the enquiry's reference");
        }
        return decisions.forEnquiry(enquiry.strip());
    }
}
