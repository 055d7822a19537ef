package uk.imap.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.Agencies;

/** /admin/agencies: the partner agencies and the shared mailboxes told of requests to them (R15). */
@Path("/admin/agencies")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AgenciesResource {

    /** The body of a change: {sharedMailbox}. */
    public static class MailboxInput {
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

    @PUT
    @Path("{code}")
    public Agencies.Entry change(@PathParam("code") String code, MailboxInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"sharedMailbox\": \"name@example.org\"}");
        }
        return agencies.changeMailbox(code, input.getSharedMailbox());
    }
}
