package uk.imap.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

/**
 * /admin/checkpoint-keys (R34): every key that has signed audit checkpoints and when it was in force, as JSON or, with
 * {@code Accept: text/plain}, as the lines the offline verifier reads ({@code --keys}); POST puts a new key in force.
 */
@Path("/admin/checkpoint-keys")
public class CheckpointKeysResource {

    /** One key as partner systems and auditors read it: {@code retired} null while in force. */
    public record KeyView(String id, OffsetDateTime inForceFrom, OffsetDateTime retired, String publicKey) {

        static KeyView of(CheckpointKeys.Key key) {
            return new KeyView(key.id(), key.from(), key.retired(),
                    Base64.getEncoder().encodeToString(key.publicKey().getEncoded()));
        }
    }

    @Inject
    CheckpointKeyRotation rotation;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<KeyView> keys() {
        return rotation.keys().keys().stream().map(KeyView::of).toList();
    }

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String lines() {
        return String.join("\n", rotation.keys().lines()) + "\n";
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response rotate() {
        return Response.status(Response.Status.CREATED).entity(KeyView.of(rotation.rotate())).build();
    }
}
