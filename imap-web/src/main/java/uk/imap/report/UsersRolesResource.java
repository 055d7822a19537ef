package uk.imap.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.imap.access.AccountView;

/**
 * /reports/users-roles?role=: users × roles from the identity store the server uses (R20), as JSON, CSV or PDF by
 * the Accept header.
 */
@Path("/reports/users-roles")
public class UsersRolesResource {

    static final String TITLE = "IMAP users and roles";

    /** The JSON answer: the realm read, everyone in it with their roles, and the report's stamp. */
    public record Answer(String realm, List<AccountView> users, ReportStamp stamp) {
    }

    @Inject
    UsersRolesReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Answer json(@QueryParam("role") String role) {
        UsersRolesReport.Stamped stamped = report.generate(role, ReportFormat.JSON);
        return new Answer(stamped.realm(), stamped.users(), stamped.stamp());
    }

    @GET
    @Produces(ReportCsv.TYPE)
    public Response csv(@QueryParam("role") String role) {
        UsersRolesReport.Stamped stamped = report.generate(role, ReportFormat.CSV);
        return Response.ok(ReportCsv.of(TITLE, null, stamped.stamp(), List.of(stamped.table())),
                        ReportCsv.TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"users-roles.csv\"").build();
    }

    @GET
    @Produces(ReportPdf.TYPE)
    public Response pdf(@QueryParam("role") String role) {
        UsersRolesReport.Stamped stamped = report.generate(role, ReportFormat.PDF);
        return Response.ok(ReportPdf.of(TITLE, null, stamped.stamp(), List.of(stamped.table())), ReportPdf.TYPE)
                .header("Content-Disposition", "attachment; filename=\"users-roles.pdf\"").build();
    }
}
