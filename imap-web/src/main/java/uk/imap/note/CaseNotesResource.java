package uk.imap.note;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import uk.imap.shared.InvalidInput;

/** /enquiries/{reference}/notes: write a case note or strategy discussion; list them, oldest first (R29). */
@Path("/enquiries/{reference}/notes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CaseNotesResource {

    @Inject
    CaseNotes notes;

    @POST
    public Response write(@PathParam("reference") String reference, NoteInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInput("body", "Send the note as a JSON object");
        }
        CaseNoteView written = notes.write(reference, input.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(written).build();
    }

    @GET
    public List<CaseNoteView> list(@PathParam("reference") String reference) {
        return notes.list(reference);
    }
}
