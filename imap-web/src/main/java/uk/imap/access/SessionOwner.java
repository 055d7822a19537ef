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
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.AuditTrail;

/**
 * R27: a session older than its absolute limit ends at its next request. R18: the first request of a signed-in session marks the session with its owner and roles. A session that ends
 * while still marked ended without signing out (signing out removes the mark first), so it timed out or was ended
 * on the server: a SESSION_EXPIRED event for its owner.
 */
@WebListener
@WebFilter("/*")
public class SessionOwner extends HttpFilter implements HttpSessionListener {

    static final String OWNER = "uk.imap.session.owner";
    static final String OWNER_ROLES = "uk.imap.session.roles";

    @Inject
    AuditTrail auditTrail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && SessionLifetime.outlived(Instant.ofEpochMilli(session.getCreationTime()), Instant.now())) {
            // R27: however busy, a session ends 12 hours after it began; the person signs in again.
            session.invalidate();
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
            return;
        }
        if (session != null && request.getUserPrincipal() != null && session.getAttribute(OWNER) == null) {
            session.setAttribute(OWNER, request.getUserPrincipal().getName());
            session.setAttribute(OWNER_ROLES, Roles.ALL.stream().filter(request::isUserInRole)
                    .collect(Collectors.joining(",")));
        }
        chain.doFilter(request, response);
    }

    /** Signing out is recorded as such, not as an expiry. */
    static void release(HttpSession session) {
        if (session != null) {
            session.removeAttribute(OWNER);
            session.removeAttribute(OWNER_ROLES);
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
        auditTrail.recordSecurityEvent(AuditAction.SESSION_EXPIRED, AuditOutcome.SUCCESS, owner.toString(),
                roles.isEmpty() ? Set.of() : Set.of(roles.split(",")), "server", null,
                "idle for " + idleSeconds + " s");
    }
}
