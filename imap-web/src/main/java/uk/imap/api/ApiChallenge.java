package uk.imap.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;

/**
 * When an API call's HTTP Basic credentials are wrong, the server's sign-in falls back to the pages' form and
 * forwards to the sign-in page. A partner system needs a 401 problem+json with a Basic challenge instead, and no
 * session kept for it.
 */
@WebFilter(urlPatterns = {"/login.xhtml", "/login-failed.xhtml"}, dispatcherTypes = DispatcherType.FORWARD)
public class ApiChallenge extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        Object original = request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
        if (original == null || !original.toString().startsWith(request.getContextPath() + "/api/")) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        Problem problem = Problem.of("unauthenticated", "Sign-in failed", Status.UNAUTHORIZED,
                "The user name or password is not right.");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"IMAP\", charset=\"UTF-8\"");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(Problem.JSON + ";charset=UTF-8");
        try (Jsonb json = JsonbBuilder.create()) {
            response.getWriter().write(json.toJson(problem));
        } catch (Exception e) {
            throw new ServletException("Cannot write the sign-in problem", e);
        }
    }
}
