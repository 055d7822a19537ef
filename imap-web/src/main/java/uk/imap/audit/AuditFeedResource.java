package uk.imap.audit;

import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;

/** /audit/feed: {forwardedTo, lastForwardedPosition, lastForwardedAt, pending, oldestPendingAt} (R34, API.md). */
@Path("/audit/feed")
@Produces(MediaType.APPLICATION_JSON)
public class AuditFeedResource {

    /** API.md's shape, with when the last position was known delivered; a field with nothing to say is null. */
    @JsonbNillable
    public record Feed(String forwardedTo, long lastForwardedPosition, OffsetDateTime lastForwardedAt, long pending,
                       OffsetDateTime oldestPendingAt) {
    }

    @Inject
    AuditFeed feed;

    @GET
    public Feed state() {
        AuditFeedState state = feed.state();
        return new Feed(state.forwardedTo(), state.lastForwardedPosition(), state.lastForwardedAt(), state.pending(),
                state.oldestPendingAt());
    }
}
