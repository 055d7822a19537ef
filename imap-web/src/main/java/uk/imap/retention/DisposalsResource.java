package uk.imap.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.imap.shared.InvalidInput;

/**
 * R33: GET /disposals: the enquiries past retention and under no hold, for the caller to decide on: [{reference,
 * team, outcome, closedAt, keptUntil, scheduleEntry}], the oldest first. POST /disposals/{reference} decides on one:
 * {confirm: true} disposes of it (200 with the tombstone), {hold: reason} keeps it under a legal hold (201 with the
 * hold). Anything else is a 400 and changes nothing.
 */
@Path("/disposals")
@Produces(MediaType.APPLICATION_JSON)
public class DisposalsResource {

    /** The decision on one enquiry: exactly one of the two. */
    public static class Decision {
        private Boolean confirm;
        private String hold;

        public Boolean getConfirm() {
            return confirm;
        }

        public void setConfirm(Boolean confirm) {
            this.confirm = confirm;
        }

        public String getHold() {
            return hold;
        }

        public void setHold(String hold) {
            this.hold = hold;
        }
    }

    @Inject
    Disposals disposals;

    @GET
    public List<PastRetention> due() {
        return disposals.due();
    }

    @POST
    @Path("{reference}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response decide(@PathParam("reference") String reference, Decision decision) {
        boolean confirm = decision != null && Boolean.TRUE.equals(decision.confirm);
        boolean hold = decision != null && decision.hold != null;
        if (confirm == hold) {
            throw new InvalidInput("confirm", "Send {\"confirm\": true} to dispose of the enquiry, or {\"hold\":"
                    + " \"the reason\"} to keep it under a legal hold: one of the two");
        }
        if (hold) {
            return Response.status(Response.Status.CREATED).entity(disposals.hold(reference, decision.hold)).build();
        }
        return Response.ok(disposals.confirm(reference)).build();
    }
}
