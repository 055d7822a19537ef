package uk.imap.api;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.ext.Provider;

/**
 * The API answers an unauthenticated call with 401 and a Basic challenge as problem+json, not with the
 * pages' login form; it never accepts the pages' session cookie in place of credentials; and no answer of the API
 * is kept in a cache, as each may hold case data.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class SystemAuthentication implements ContainerRequestFilter, ContainerResponseFilter {

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceMethod() != null && resource.getResourceMethod().isAnnotationPresent(WithoutSignIn.class)) {
            return;
        }
        // ASVS 4.2.2: only credentials sent with the call count. A browser's session cookie would go with a request
        // another site makes it send, so a call signed in by the pages' session alone is treated as anonymous.
        boolean credentialsSent = request.getHeaderString(HttpHeaders.AUTHORIZATION) != null;
        if (request.getSecurityContext().getUserPrincipal() == null || !credentialsSent) {
            Response problem = Problem.of("unauthenticated", "Sign-in required", Status.UNAUTHORIZED,
                    "Authenticate with HTTP Basic using your IMAP account.").toResponse();
            request.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"IMAP\", charset=\"UTF-8\"").build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
