package uk.imap.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;

/** HTTP-level refusals (unknown path, wrong method or media type, unreadable body) as problems. */
@Provider
public class RequestProblemMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException refused) {
        Response.StatusType status = refused.getResponse().getStatusInfo();
        String detail = switch (status.getStatusCode()) {
            case 400 -> "The request body could not be read: send JSON with the fields and types API.md gives.";
            case 404 -> "There is no such resource.";
            case 405 -> "This resource does not accept that method.";
            case 406 -> "This resource answers application/json.";
            case 415 -> "Send the body as application/json.";
            default -> status.getReasonPhrase();
        };
        return new Problem(URI.create("https://imap.example/problems/http-" + status.getStatusCode()),
                status.getReasonPhrase(), status.getStatusCode(), detail, null).toResponse();
    }
}
