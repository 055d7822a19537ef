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
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.Agencies;

/** /admin/agencies: the partner agencies and the shared mailboxes told of requests to them (R10, R15). */
@Path("/admin/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    /** The body that adds or changes an agency: {code, displayName, active, sharedMailbox}. */
    public static class AgencyInput extends EntryInput {
        private String sharedMailbox;

        public String getSharedMailbox() {
            return sharedMailbox;
        }

        public void setSharedMailbox(String sharedMailbox) {
            this.sharedMailbox = sharedMailbox;
        }
    }

    @Inject
    Agencies agencies;

    @GET
    public List<Agencies.Entry> all() {
        return agencies.all();
    }

    @POST
    public Response add(AgencyInput input) {
        AgencyInput body = required(input);
        return Response.status(Response.Status.CREATED)
                .entity(agencies.add(body.getCode(), body.getDisplayName(), body.getSharedMailbox())).build();
    }

    /** {sharedMailbox} alone changes the mailbox; with a displayName (and active) it renames or retires too. */
    @PUT
    @Path("{code}")
    public Agencies.Entry change(@PathParam("code") String code, AgencyInput input) {
        AgencyInput body = required(input);
        if (body.getDisplayName() == null) {
            return agencies.changeMailbox(code, body.getSharedMailbox());
        }
        return agencies.change(code, body.getDisplayName(), body.stillActive(), body.getSharedMailbox());
    }

    private static AgencyInput required(AgencyInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"code\", \"displayName\", \"active\", \"sharedMailbox\"}");
        }
        return input;
    }
}
