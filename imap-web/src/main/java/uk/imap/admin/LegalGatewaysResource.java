package uk.imap.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /admin/legal-gateways: the gateways requests cite (R10); add, rename, retire or restore, each audited. */
@Path("/admin/legal-gateways")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LegalGatewaysResource {

    @Inject
    ReferenceLists lists;

    @GET
    public List<ReferenceLists.Entry> all() {
        return lists.legalGateways();
    }

    @POST
    public Response add(EntryInput input) {
        EntryInput body = EntryInput.required(input);
        return Response.status(Response.Status.CREATED)
                .entity(lists.addLegalGateway(body.getCode(), body.getDisplayName())).build();
    }

    @PUT
    @Path("{code}")
    public ReferenceLists.Entry change(@PathParam("code") String code, EntryInput input) {
        EntryInput body = EntryInput.required(input);
        return lists.changeLegalGateway(code, body.getDisplayName(), body.stillActive());
    }
}
