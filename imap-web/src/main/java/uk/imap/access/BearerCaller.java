package uk.imap.access;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.auth.server.SecurityIdentity;
import uk.imap.access.control.BearerTokens;
import uk.imap.access.control.TokenCallers;
import uk.imap.api.DatabaseAway;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditOutcome;
import uk.imap.audit.control.AuditTrail;

/**
 * API calls with {@code Authorization: Bearer}: the token is checked (signature, issuer, audience, expiry) and the
 * account it names is read from the identity store as it is now; the call then runs as that account, exactly as if
 * it had sent its password, but without a password check. A refused token is a 401 and a TOKEN_REFUSED event.
 * Only the API takes tokens: pages never see this filter, and their sign-in ignores a bearer header.
 */
@WebFilter("/api/*")
public class BearerCaller extends HttpFilter {

    static final String AUTH_TYPE = "BEARER_TOKEN";
    private static final String BEARER = "Bearer ";

    @Inject
    BearerTokens bearerTokens;

    @Inject
    TokenCallers tokenCallers;

    @Inject
    AuditTrail auditTrail;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String authorization = request.getHeader("Authorization");
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        if (Collections.list(request.getHeaders("Authorization")).size() > 1) {
            refuse(request, response, BearerTokens.Check.refused("more than one Authorization header", null));
            return;
        }
        BearerTokens.Check check = bearerTokens.check(authorization.substring(BEARER.length()).strip());
        if (!check.accepted()) {
            refuse(request, response, check);
            return;
        }
        Optional<SecurityIdentity> identity = tokenCallers.identityOf(check.username());
        if (identity.isEmpty()) {
            refuse(request, response, BearerTokens.Check.refused("no such account, or it is disabled",
                    check.username()));
            return;
        }
        runAs(identity.get(), new TokenCall(request, identity.get()), response, chain);
    }

    private static void runAs(SecurityIdentity identity, HttpServletRequest request, HttpServletResponse response,
                              FilterChain chain) throws IOException, ServletException {
        try {
            identity.runAs((PrivilegedExceptionAction<Void>) () -> {
                chain.doFilter(request, response);
                return null;
            });
        } catch (PrivilegedActionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof ServletException servlet) {
                throw servlet;
            }
            throw new ServletException(e.getCause());
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, BearerTokens.Check check)
            throws IOException, ServletException {
        try {
            auditTrail.recordSecurityEvent(AuditAction.TOKEN_REFUSED, AuditOutcome.DENIED, check.claimedName(),
                    Set.of(), request.getRemoteAddr(), request.getHeader("User-Agent"), check.refusal());
        } catch (Exception unrecorded) {
            // A refusal is answered only once recorded; a commit the database cut short comes as the transaction's
            // checked RollbackException, and while the database is away the caller is told to come back (503).
            if (!DatabaseAway.causes(unrecorded)) {
                throw new ServletException("A refused token could not be recorded", unrecorded);
            }
            response.setHeader("Retry-After", "5");
            problem(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "database-unavailable",
                    "Service unavailable for a moment", "The database cannot be reached just now, so the call"
                            + " cannot be answered. Try again shortly.");
            return;
        }
        response.setHeader("WWW-Authenticate", "Bearer realm=\"IMAP\", error=\"invalid_token\"");
        problem(response, HttpServletResponse.SC_UNAUTHORIZED, "invalid-token", "Token refused",
                "The bearer token is not valid now. Ask for a new one with POST /api/v1/tokens.");
    }

    private static void problem(HttpServletResponse response, int status, String type, String title, String detail)
            throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "https://imap.example/problems/" + type)
                .add("title", title)
                .add("status", status)
                .add("detail", detail)
                .build().toString());
    }

    /** The request as the API sees it once the token is accepted: the account's name and roles. */
    private static final class TokenCall extends HttpServletRequestWrapper {

        private final SecurityIdentity identity;

        TokenCall(HttpServletRequest request, SecurityIdentity identity) {
            super(request);
            this.identity = identity;
        }

        @Override
        public Principal getUserPrincipal() {
            return identity.getPrincipal();
        }

        @Override
        public String getRemoteUser() {
            return identity.getPrincipal().getName();
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.getRoles().contains(role);
        }

        @Override
        public String getAuthType() {
            return AUTH_TYPE;
        }
    }
}
