package uk.imap.api;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A body that is not JSON of the expected shape (the reader fails while binding it): 400, without echoing what was sent. */
@Provider
public class BodyProblemMapper implements ExceptionMapper<ProcessingException> {

    @Override
    public Response toResponse(ProcessingException unreadable) {
        return Problem.of("unreadable-body", "The request body could not be read", Status.BAD_REQUEST,
                "Send JSON with the fields and types API.md gives.").toResponse();
    }
}
