package uk.imap.failure;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;
import uk.imap.api.DatabaseAway;

/**
 * A page that cannot be shown because the database is away or the server too busy for now answers 503 with
 * Retry-After and a page that says so and to try again in a moment, not the failure page's 500: nothing was changed,
 * and asking again once the database is back shows the page. Declared first in web.xml, so it also covers the
 * filters that read the database on every page (an account disabled since sign-in). The API answers for itself.
 */
public class DatabaseAwayPage extends HttpFilter {

    private static final Logger LOG = Logger.getLogger(DatabaseAwayPage.class.getName());

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseAway.causes(failure)) {
                throw failure;
            }
            // One line per refused page: an outage under load would otherwise fill the log with stack traces.
            LOG.warning("Page refused while the database is away: " + request.getRequestURI() + ": "
                    + DatabaseAway.innermost(failure));
            response.setHeader("Retry-After", "5");
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
