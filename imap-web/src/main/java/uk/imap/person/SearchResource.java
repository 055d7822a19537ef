package uk.imap.person;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** /search?q=: people and enquiries by reference, name, date of birth or address, within need to know (R28, R16). */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    HubSearch search;

    @GET
    public SearchResults find(@QueryParam("q") String q) {
        return search.find(q);
    }
}
