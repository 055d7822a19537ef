package uk.imap.hardening;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Added to the shipped web module by {@link PageFailureIT} alone: an API call that fails as nothing in IMAP should. */
@Path("/failing-for-test")
public class FailingForTest {

    @GET
    public String fail() {
        throw new IllegalStateException("Failing on purpose, with a detail no caller may see: SELECT secret FROM t");
    }
}
