package uk.imap.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: a 500 problem with a correlation id that the server log shows beside the failure,
 * never the exception's message or stack trace.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Exception failure) {
        String correlation = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "API failure " + correlation, failure);
        return Problem.of("unexpected", "Something went wrong", Status.INTERNAL_SERVER_ERROR,
                "The failure is logged as " + correlation + "; quote it to the IMAP administrator.").toResponse();
    }
}
