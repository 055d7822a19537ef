package uk.imap.access;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * R27: lets a page find out whether its session is still there before it sends what a person typed. Signed in, the
 * answer is an empty 204 (and the request keeps the session alive, as any request does); a session that has ended
 * gets the sign-in form from the container instead, so the page keeps the typed work in the browser.
 */
@WebServlet("/session-status")
public class SessionStatus extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(request.getUserPrincipal() == null
                ? HttpServletResponse.SC_UNAUTHORIZED : HttpServletResponse.SC_NO_CONTENT);
    }
}
