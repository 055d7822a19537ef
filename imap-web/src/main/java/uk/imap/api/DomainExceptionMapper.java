package uk.imap.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.ReadingOnly;
import uk.imap.enquiry.EditConflict;
import uk.imap.enquiry.EnquiryDisposed;
import uk.imap.referral.TooManyReferrals;
import uk.imap.shared.DomainException;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.NoSuchRecord;

/**
 * A refused domain rule as a problem: bad input 400, outside need to know 403, unknown record 404, a disposed enquiry
 * 410, referrals sent too fast 429, any other rule 409.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Override
    public Response toResponse(DomainException refused) {
        if (refused instanceof InvalidInput invalid) {
            return Problem.invalid(invalid.problems()).toResponse();
        }
        if (refused instanceof ReadingOnly) {
            return Problem.of("reading-only", "Reading only", Status.FORBIDDEN,
                    refused.getMessage() + ". The attempt has been recorded.").toResponse();
        }
        if (refused instanceof OutsideNeedToKnow) {
            return Problem.of("outside-need-to-know", "Outside your need to know", Status.FORBIDDEN,
                    "You may not see this record. The attempt has been recorded.").toResponse();
        }
        if (refused instanceof EditConflict) {
            return Problem.of("edit-conflict", "Changed by someone else", Status.CONFLICT, refused.getMessage())
                    .toResponse();
        }
        if (refused instanceof TooManyReferrals) {
            return Response.fromResponse(Problem.of("too-many-referrals", "Too many referrals", Status.TOO_MANY_REQUESTS,
                    refused.getMessage()).toResponse()).header("Retry-After", "600").build();
        }
        if (refused instanceof EnquiryDisposed) {
            return Problem.of("disposed", "Disposed of under the retention schedule", Status.GONE,
                    refused.getMessage()).toResponse();
        }
        if (refused instanceof NoSuchRecord) {
            return Problem.of("not-found", "No such record", Status.NOT_FOUND, refused.getMessage()).toResponse();
        }
        return Problem.of("rule-refused", refused.rule() == null ? "Not allowed now" : "Refused by rule " + refused.rule(),
                Status.CONFLICT, refused.getMessage()).toResponse();
    }
}
