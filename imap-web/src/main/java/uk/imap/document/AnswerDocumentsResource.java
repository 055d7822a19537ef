package uk.imap.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /information-requests/{id}/documents: the agency asked attaches a file to its answer; listed for it and the hub (R31). */
@Path("/information-requests/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class AnswerDocumentsResource {

    @Inject
    Documents documents;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("id") long id, @FormParam("file") EntityPart file) {
        Upload upload = DocumentLinks.upload(file);
        DocumentView kept = documents.attachToAnswer(id, upload.name(), upload.content());
        return Response.created(DocumentLinks.of(kept)).entity(kept).build();
    }

    @GET
    public List<DocumentView> list(@PathParam("id") long id) {
        return documents.ofRequest(id);
    }
}
