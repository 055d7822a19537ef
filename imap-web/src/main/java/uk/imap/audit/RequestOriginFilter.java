package uk.imap.audit;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import uk.imap.audit.control.RequestOrigin;

/** Hands each request's client address and user agent to the audit trail (R18 "from where"). */
@WebFilter("/*")
public class RequestOriginFilter extends HttpFilter {

    @Inject
    RequestOrigin origin;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        origin.from(request.getRemoteAddr(), request.getHeader("User-Agent"));
        chain.doFilter(request, response);
    }
}
