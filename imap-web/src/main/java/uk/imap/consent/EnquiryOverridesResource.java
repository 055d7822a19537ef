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

/** R4: /enquiries/{reference}/consent-overrides: ask to share despite a refusal, and the enquiry's overrides. */
@Path("/enquiries/{reference}/consent-overrides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnquiryOverridesResource {

    @Inject
    ConsentOverrides overrides;

    @POST
    public Response request(@PathParam("reference") String reference, OverrideInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"justification\", \"harmOfSharing\", \"harmOfNotSharing\"}");
        }
        ConsentOverrideView asked = overrides.request(reference, input.toDetails());
        return Response.created(uri.getBaseUriBuilder().path("consent-overrides").path(String.valueOf(asked.id()))
                .build()).entity(asked).build();
    }

    @GET
    public List<ConsentOverrideView> forEnquiry(@PathParam("reference") String reference) {
        return overrides.forEnquiry(reference);
    }
}
