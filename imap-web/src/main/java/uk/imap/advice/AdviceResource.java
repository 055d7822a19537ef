package uk.imap.advice;

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
import java.util.List;
import java.util.Map;
import uk.imap.shared.InvalidInput;

/** /advice-requests: advice without identity (R17). */
@Path("/advice-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdviceResource {

    @Inject
    Advice advice;

    /** {enquiryReference, question, advisorRole}. */
    @POST
    public Response ask(Map<String, String> input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"enquiryReference\", \"question\", \"advisorRole\"}");
        }
        AdviceView asked = advice.ask(input.get("enquiryReference"), input.get("question"), input.get("advisorRole"));
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(asked.id())).build()).entity(asked)
                .build();
    }

    /** Questions waiting for the caller's advice. */
    @GET
    public List<AdviceView> waiting() {
        return advice.waitingForMe();
    }

    @GET
    @Path("{id}")
    public AdviceView one(@PathParam("id") long id) {
        return advice.find(id);
    }

    /** {answer}. */
    @POST
    @Path("{id}/answer")
    public AdviceView answer(@PathParam("id") long id, Map<String, String> input) {
        if (input == null) {
            throw new InvalidInput("answer", "Write the advice");
        }
        return advice.answer(id, input.get("answer"));
    }
}
