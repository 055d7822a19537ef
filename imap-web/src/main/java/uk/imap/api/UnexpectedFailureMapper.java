package uk.imap.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A database that is away or a server that is too busy for now: a 503 problem with Retry-After. Anything else
 * unforeseen: a 500 problem with a correlation id that the server log shows beside the failure, never the
 * exception's message or stack trace.
 */
@Provider
public class UnexpectedFailureMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(UnexpectedFailureMapper.class.getName());

    @Override
    public Response toResponse(Exception failure) {
        String correlation = UUID.randomUUID().toString();
        if (DatabaseAway.causes(failure)) {
            // One line per refused call: an outage under load would otherwise fill the log with stack traces.
            LOG.warning("API call refused while the database is away " + correlation + ": "
                    + DatabaseAway.innermost(failure));
            String why = DatabaseAway.lockNotGranted(failure) ? "someone else is changing the same record just now"
                    : DatabaseAway.serverBusy(failure) ? "IMAP is busier than it can answer just now"
                    : "the database cannot be reached just now";
            return Response.fromResponse(Problem.of("database-unavailable", "Service unavailable for a moment",
                    Status.SERVICE_UNAVAILABLE, "Nothing was saved: " + why + ". Try again shortly; if it lasts,"
                            + " quote " + correlation + " to the IMAP administrator.")
                    .toResponse()).header(HttpHeaders.RETRY_AFTER, 5).build();
        }
        LOG.log(Level.SEVERE, "API failure " + correlation, failure);
        return Problem.of("unexpected", "Something went wrong", Status.INTERNAL_SERVER_ERROR,
                "The failure is logged as " + correlation + "; quote it to the IMAP administrator.").toResponse();
    }
}
