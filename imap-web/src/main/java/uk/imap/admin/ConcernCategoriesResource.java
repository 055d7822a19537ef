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

/** /admin/concern-categories: the categories of concern enquiries are filed under; add, rename, retire or restore, each audited. */
@Path("/admin/concern-categories")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConcernCategoriesResource {

    @Inject
    ReferenceLists lists;

    @GET
    public List<ReferenceLists.Entry> all() {
        return lists.concernCategories();
    }

    @POST
    public Response add(EntryInput input) {
        EntryInput body = EntryInput.required(input);
        return Response.status(Response.Status.CREATED)
                .entity(lists.addConcernCategory(body.getCode(), body.getDisplayName())).build();
    }

    @PUT
    @Path("{code}")
    public ReferenceLists.Entry change(@PathParam("code") String code, EntryInput input) {
        EntryInput body = EntryInput.required(input);
        return lists.changeConcernCategory(code, body.getDisplayName(), body.stillActive());
    }
}
