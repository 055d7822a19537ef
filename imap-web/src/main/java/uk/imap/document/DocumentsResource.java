package uk.imap.document;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** /documents/{id}: the file itself, always as an attachment, never shown in the browser's own window (R31). */
@Path("/documents/{id}")
public class DocumentsResource {

    @Inject
    Documents documents;

    @GET
    public Response download(@PathParam("id") long id) {
        return DocumentLinks.download(documents.download(id));
    }
}
