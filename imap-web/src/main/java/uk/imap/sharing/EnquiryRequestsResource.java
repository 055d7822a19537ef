package uk.imap.sharing;

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
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * /enquiries/{reference}/information-requests: the hub asks one agency (R10, R15), or several at once through
 * /information-requests/batch, each with a reason of its own.
 */
@Path("/enquiries/{reference}/information-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnquiryRequestsResource {

    /** The body of a batch: {requests: [...]}. */
    public static class BatchInput {
        private List<RequestInput> requests = new ArrayList<>();

        public List<RequestInput> getRequests() {
            return requests;
        }

        public void setRequests(List<RequestInput> requests) {
            this.requests = requests;
        }
    }

    @Inject
    InformationRequests informationRequests;

    @POST
    public Response send(@PathParam("reference") String reference, RequestInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInput("body", "Send the request as a JSON object");
        }
        List<FieldProblem> problems = new ArrayList<>();
        RequestDetails details = input.toDetails("", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        RequestView sent = informationRequests.send(reference, List.of(details)).get(0);
        return Response.created(location(uri, sent)).entity(sent).build();
    }

    @POST
    @Path("batch")
    public Response sendSeveral(@PathParam("reference") String reference, BatchInput input, @Context UriInfo uri) {
        if (input == null || input.requests == null) {
            throw new InvalidInput("body", "Send {\"requests\": [...]}, one request for each agency");
        }
        List<FieldProblem> problems = new ArrayList<>();
        List<RequestDetails> batch = new ArrayList<>();
        for (int i = 0; i < input.requests.size(); i++) {
            batch.add(input.requests.get(i).toDetails("requests[" + i + "].", problems));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        List<RequestView> sent = informationRequests.send(reference, batch);
        return Response.status(Response.Status.CREATED).entity(sent).build();
    }

    @GET
    public List<RequestView> ofEnquiry(@PathParam("reference") String reference) {
        return informationRequests.ofEnquiry(reference);
    }

    private static java.net.URI location(UriInfo uri, RequestView sent) {
        return uri.getBaseUriBuilder().path("information-requests").path(String.valueOf(sent.id())).build();
    }
}
