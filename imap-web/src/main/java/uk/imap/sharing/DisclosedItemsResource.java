package uk.imap.sharing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import uk.imap.shared.InvalidInput;

/** /disclosed-items/{id}/reveal: a restricted item's content, for a reason, audited (R13). */
@Path("/disclosed-items/{id}/reveal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DisclosedItemsResource {

    @Inject
    InformationRequests informationRequests;

    @POST
    public Map<String, String> reveal(@PathParam("id") long id, Map<String, String> input) {
        if (input == null) {
            throw new InvalidInput("reason", "Say why you need to see restricted information");
        }
        return Map.of("content", informationRequests.reveal(id, input.get("reason")));
    }
}
