package uk.imap.api;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;

/** A caller whose roles do not allow the operation: 403, and an access-denied audit event (R18). */
@Provider
public class AccessDeniedMapper implements ExceptionMapper<EJBAccessException> {

    @Inject
    AuditTrail auditTrail;

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(EJBAccessException denied) {
        try {
            auditTrail.recordDenial(RecordType.OPERATION, uri.getPath(), "role not permitted");
        } catch (Exception unrecorded) {
            // A refusal is only answered as such once recorded. A commit the database cut short comes as the
            // transaction's checked RollbackException: a 503 while the database is away, else a logged 500.
            return new UnexpectedFailureMapper().toResponse(unrecorded);
        }
        return Problem.of("forbidden", "Not permitted", Status.FORBIDDEN,
                "Your roles do not allow this. The attempt has been recorded.").toResponse();
    }
}
