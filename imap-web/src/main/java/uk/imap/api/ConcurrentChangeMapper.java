package uk.imap.api;

import jakarta.ejb.EJBException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * R21: two saves of one record at the same moment: the second commit fails on the record's version and gets a
 * 409; anything else a boundary failed with is an unexpected failure.
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<EJBException> {

    @Override
    public Response toResponse(EJBException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return Problem.of("edit-conflict", "Changed by someone else", Status.CONFLICT,
                        "Someone saved this record at the same moment. Read it again, then repeat your change.")
                        .toResponse();
            }
        }
        return new UnexpectedFailureMapper().toResponse(failure);
    }
}
