package uk.imap.access;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.regex.Pattern;

/**
 * R27: where "Sign in again" leads once a session has ended, on the way back to the page that kept the typed work.
 * A form sent into the ended session left the server a request to repeat after signing in; repeated, it would meet
 * a page the server no longer holds. This drops that session (never a signed-in one) and asks for the page afresh,
 * so the sign-in leads back to the page itself. Only a page of IMAP is a place to go back to.
 */
@WebServlet("/sign-in-again")
public class SignInAgain extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern PAGE = Pattern.compile("/[A-Za-z0-9/_-]+\\.xhtml(\\?[A-Za-z0-9=&%._~+-]*)?");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession ended = request.getSession(false);
        if (ended != null && request.getUserPrincipal() == null) {
            ended.invalidate();
        }
        String page = request.getParameter("to");
        response.setHeader("Cache-Control", "no-store");
        response.sendRedirect(request.getContextPath()
                + (page != null && PAGE.matcher(page).matches() && !page.contains("//") ? page : "/index.xhtml"));
    }
}
