package uk.imap.access;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import uk.imap.api.Problem;

/**
 * POST /tokens: a partner system signs in once with HTTP Basic and gets a bearer token to send with its calls
 * instead, so no call after that checks a password.
 */
@Path("/tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    AccessTokens accessTokens;

    @POST
    public Response issue(@Context HttpServletRequest request) {
        if (BearerCaller.AUTH_TYPE.equals(request.getAuthType())) {
            // A token that could buy a newer one would never expire.
            return Problem.of("token-from-token", "A token is issued against a password", Response.Status.FORBIDDEN,
                    "Ask for a new token with HTTP Basic.").toResponse();
        }
        AccessToken token = accessTokens.issue();
        JsonObject body = Json.createObjectBuilder()
                .add("accessToken", token.value())
                .add("tokenType", "Bearer")
                .add("expiresIn", token.expiresInSeconds(Instant.now()))
                .build();
        return Response.status(Response.Status.CREATED).entity(body).build();
    }
}
