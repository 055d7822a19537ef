package uk.imap.enquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** /teams/{team}/workload: the team's open work per worker, for its manager (R29). */
@Path("/teams/{team}/workload")
@Produces(MediaType.APPLICATION_JSON)
public class TeamsResource {

    @Inject
    Workloads workloads;

    @GET
    public TeamWorkload workload(@PathParam("team") String team) {
        return workloads.of(team);
    }
}
