package uk.imap.enquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.imap.shared.InvalidInput;

/** R23: /enquiries/{reference}/emergency-access with {reason}: 201 {expiresAt}, audited and queued for review. */
@Path("/enquiries/{reference}/emergency-access")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EmergencyAccessResource {

    /** The body: {reason}. */
    public static class ReasonInput {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    EmergencyAccesses emergencyAccesses;

    @POST
    public Response grant(@PathParam("reference") String reference, ReasonInput input) {
        if (input == null) {
            throw new InvalidInput("reason", "Say why you need this enquiry now");
        }
        return Response.status(Response.Status.CREATED).entity(emergencyAccesses.grant(reference, input.reason))
                .build();
    }
}
