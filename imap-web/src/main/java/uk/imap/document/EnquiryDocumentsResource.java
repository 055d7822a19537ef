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

/** /enquiries/{reference}/documents: the hub attaches a file (multipart, part {@code file}); every document listed (R31). */
@Path("/enquiries/{reference}/documents")
@Produces(MediaType.APPLICATION_JSON)
public class EnquiryDocumentsResource {

    @Inject
    Documents documents;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response attach(@PathParam("reference") String reference, @FormParam("file") EntityPart file) {
        Upload upload = DocumentLinks.upload(file);
        DocumentView kept = documents.attachToEnquiry(reference, upload.name(), upload.content());
        return Response.created(DocumentLinks.of(kept)).entity(kept).build();
    }

    @GET
    public List<DocumentView> list(@PathParam("reference") String reference) {
        return documents.ofEnquiry(reference);
    }
}
