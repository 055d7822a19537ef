package uk.imap.access;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.access.control.DisabledAccounts;
import uk.imap.access.control.SessionEnds;

/**
 * R27: a session older than its absolute limit, or whose account an administrator disabled since its sign-in, ends
 * at its next request. R18: the first request of a signed-in session marks the session with its owner and roles. A
 * session that ends while still marked ended without signing out (signing out removes the mark first), so it timed
 * out or was ended on the server: a SESSION_EXPIRED event for its owner, with why.
 */
@WebListener
@WebFilter("/*")
public class SessionOwner extends HttpFilter implements HttpSessionListener {

    static final String OWNER = "uk.imap.session.owner";
    static final String OWNER_ROLES = "uk.imap.session.roles";
    static final String SIGNED_IN_AT = "uk.imap.session.signed-in-at";
    static final String ENDED_BECAUSE = "uk.imap.session.ended-because";

    @Inject
    SessionEnds sessionEnds;

    @Inject
    DisabledAccounts disabledAccounts;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && SessionLifetime.outlived(Instant.ofEpochMilli(session.getCreationTime()), Instant.now())) {
            // R27: however busy, a session ends 12 hours after it began; the person signs in again.
            end(session, "12 hours since it began");
            sendToSignIn(request, response);
            return;
        }
        if (session != null && request.getUserPrincipal() != null && session.getAttribute(OWNER) == null) {
            session.setAttribute(OWNER, request.getUserPrincipal().getName());
            session.setAttribute(OWNER_ROLES, Roles.ALL.stream().filter(request::isUserInRole)
                    .collect(Collectors.joining(",")));
            session.setAttribute(SIGNED_IN_AT, Instant.now());
        }
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt
                && !request.getRequestURI().contains("/jakarta.faces.resource/")
                && disabledAccounts.disabledSince(String.valueOf(session.getAttribute(OWNER)), signedInAt)) {
            // R27: an administrator disabled the account, here or on another server; its sessions end too.
            end(session, "account disabled");
            sendToSignIn(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static void end(HttpSession session, String why) {
        session.setAttribute(ENDED_BECAUSE, why);
        session.invalidate();
    }

    private static void sendToSignIn(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String signIn = request.getContextPath() + "/index.xhtml";
        if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
            // An ajax request cannot follow a 302: Faces' own redirect answer takes the page to sign in.
            response.setContentType("text/xml");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response>"
                    + "<redirect url=\"" + signIn + "\"/></partial-response>");
        } else {
            response.sendRedirect(signIn);
        }
    }

    /** Signing out is recorded as such, not as an expiry. */
    static void release(HttpSession session) {
        if (session != null) {
            session.removeAttribute(OWNER);
            session.removeAttribute(OWNER_ROLES);
            session.removeAttribute(SIGNED_IN_AT);
        }
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        Object owner = session.getAttribute(OWNER);
        if (owner == null) {
            return;
        }
        String roles = String.valueOf(session.getAttribute(OWNER_ROLES));
        long idleSeconds = (System.currentTimeMillis() - session.getLastAccessedTime()) / 1000;
        Object endedBecause = session.getAttribute(ENDED_BECAUSE);
        sessionEnds.record(owner.toString(), roles.isEmpty() ? Set.of() : Set.of(roles.split(",")),
                endedBecause != null ? "ended: " + endedBecause : "idle for " + idleSeconds + " s");
    }
}
