package uk.imap.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import uk.imap.shared.FieldProblem;

/**
 * An RFC 9457 problem: a stable type URI per kind of problem, a title, the status, a detail a person can act on,
 * and for bad input one error per bad field.
 */
public record Problem(URI type, String title, int status, String detail, List<FieldProblem> errors) {

    public static final MediaType JSON = new MediaType("application", "problem+json");
    private static final String TYPES = "https://imap.example/problems/";

    public static Problem of(String type, String title, Response.Status status, String detail) {
        return new Problem(URI.create(TYPES + type), title, status.getStatusCode(), detail, null);
    }

    public static Problem invalid(List<FieldProblem> errors) {
        return new Problem(URI.create(TYPES + "invalid-input"), "The request has bad input", 400,
                "Correct each field listed in errors; nothing was changed.", errors);
    }

    public Response toResponse() {
        return Response.status(status).type(JSON).entity(this).build();
    }
}
