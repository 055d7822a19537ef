package uk.imap.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.imap.enquiry.EmergencyAccessResource.ReasonInput;
import uk.imap.shared.InvalidInput;

/**
 * R33: /enquiries/{reference}/legal-hold: POST {reason} places a hold (201 with the hold), GET shows the hold in
 * place, DELETE lifts it (204); with no hold in place both are a 404 saying so. The team's manager or the Caldicott
 * Guardian.
 */
@Path("/enquiries/{reference}/legal-hold")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalHoldResource {

    @Inject
    LegalHolds holds;

    @POST
    public Response place(@PathParam("reference") String reference, ReasonInput input) {
        if (input == null) {
            throw new InvalidInput("reason", "Give the reason for the hold, such as the claim or inquiry");
        }
        return Response.status(Response.Status.CREATED).entity(holds.place(reference, input.getReason())).build();
    }

    @GET
    public LegalHolds.Hold hold(@PathParam("reference") String reference) {
        return holds.holdOn(reference).orElseThrow(() -> new NotHeld(reference));
    }

    @DELETE
    public Response lift(@PathParam("reference") String reference) {
        holds.lift(reference);
        return Response.noContent().build();
    }
}
