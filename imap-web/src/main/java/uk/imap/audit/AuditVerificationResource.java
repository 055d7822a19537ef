package uk.imap.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;

/**
 * /audit/verification: {valid, eventsChecked, checkpointsChecked, keysChecked, erasedTextEvents, firstMismatch: {id,
 * at, kind} or null} (R19, R33, R34, API.md). erasedTextEvents counts events whose reason was erased with a disposed
 * enquiry: their hashes cover the reason's digest, so they still verify.
 */
@Path("/audit/verification")
@Produces(MediaType.APPLICATION_JSON)
public class AuditVerificationResource {

    /** API.md's shape; {@code id} is the chain position of the first bad event. */
    public record Verification(boolean valid, long eventsChecked, long checkpointsChecked, int keysChecked,
                               long erasedTextEvents, FirstMismatch firstMismatch) {
    }

    public record FirstMismatch(long id, OffsetDateTime at, Tampering kind) {
    }

    @Inject
    AuditVerification verification;

    @GET
    public Verification verify() {
        ChainVerification.Result result = verification.verify();
        ChainVerification.Mismatch first = result.firstMismatch();
        return new Verification(result.valid(), result.eventsChecked(), result.checkpointsChecked(),
                result.keysChecked(), result.erasedTextEvents(),
                first == null ? null : new FirstMismatch(first.position(), first.at(), first.kind()));
    }
}
