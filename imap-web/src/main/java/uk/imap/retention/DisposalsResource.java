package uk.imap.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/**
 * R33: GET /disposals: the enquiries past retention and under no hold, for the caller to decide on: [{reference,
 * team, outcome, closedAt, keptUntil, scheduleEntry}], the oldest first.
 */
@Path("/disposals")
@Produces(MediaType.APPLICATION_JSON)
public class DisposalsResource {

    @Inject
    Disposals disposals;

    @GET
    public List<PastRetention> due() {
        return disposals.due();
    }
}
