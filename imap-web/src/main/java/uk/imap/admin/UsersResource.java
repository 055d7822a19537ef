package uk.imap.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.imap.access.AccountView;
import uk.imap.access.Accounts;
import uk.imap.shared.InvalidInput;

/**
 * /admin/users: accounts in the identity store the server signs people in against, for administrators (R20).
 * {@code POST} creates, {@code PUT /{username}} sets roles, agency and teams, {@code POST /{username}/password}
 * sets a new password, {@code POST /{username}/disable} stops the account signing in. Every change is audited.
 */
@Path("/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UsersResource {

    @Inject
    Accounts accounts;

    @GET
    public List<AccountView> all() {
        return accounts.all();
    }

    @POST
    public Response create(AccountInput input) {
        AccountInput body = required(input);
        AccountView created = accounts.create(body.details(), body.getPassword());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @PUT
    @Path("{username}")
    public AccountView change(@PathParam("username") String username, AccountInput input) {
        return accounts.change(required(input).details(username));
    }

    @POST
    @Path("{username}/password")
    public Response resetPassword(@PathParam("username") String username, AccountInput input) {
        accounts.resetPassword(username, required(input).getPassword());
        return Response.noContent().build();
    }

    @POST
    @Path("{username}/disable")
    public Response disable(@PathParam("username") String username) {
        accounts.disable(username);
        return Response.noContent().build();
    }

    private static AccountInput required(AccountInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"username\", \"password\", \"roles\": [...], \"agency\","
                    + " \"teams\": [...]}");
        }
        return input;
    }
}
