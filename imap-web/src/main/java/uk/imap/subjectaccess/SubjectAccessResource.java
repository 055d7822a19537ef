package uk.imap.subjectaccess;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import uk.imap.report.ReportPdf;

/**
 * R33: GET /people/{id}/subject-access: the subject access bundle about the person whose record has this id, as JSON
 * or, for {@code Accept: application/pdf}, as the PDF to review before release. The team's manager or the Caldicott
 * Guardian; {@code reason} includes enquiries outside their need to know, and is recorded. Producing it is audited.
 */
@Path("/people/{id}/subject-access")
public class SubjectAccessResource {

    @Inject
    SubjectAccess subjectAccess;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public SubjectAccessBundle bundle(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return subjectAccess.bundle(id, reason);
    }

    @GET
    @Produces(ReportPdf.TYPE)
    public Response pdf(@PathParam("id") long id, @QueryParam("reason") String reason) {
        return Response.ok(SubjectAccessPdf.of(subjectAccess.bundle(id, reason)), ReportPdf.TYPE)
                .header("Content-Disposition", "attachment; filename=\"subject-access-" + id + ".pdf\"").build();
    }
}
