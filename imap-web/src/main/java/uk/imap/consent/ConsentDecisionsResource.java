package uk.imap.consent;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.imap.shared.InvalidInput;

/** /enquiries/{reference}/consent-decisions: record a decision (the newest is current), read the history. */
@Path("/enquiries/{reference}/consent-decisions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentDecisionsResource {

    @Inject
    ConsentDecisions consentDecisions;

    @POST
    public Response record(@PathParam("reference") String reference, ConsentInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInput("body", "Send the consent decision as a JSON object");
        }
        ConsentView recorded = consentDecisions.record(reference, input.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(recorded).build();
    }

    /** The whole history, oldest first (R6). */
    @GET
    public List<ConsentView> history(@PathParam("reference") String reference) {
        return consentDecisions.history(reference);
    }
}
