package uk.imap.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** /reports/role-permissions: roles × permitted operations, read from the deployed EJBs (R20); JSON, CSV or PDF. */
@Path("/reports/role-permissions")
public class RolePermissionsResource {

    static final String TITLE = "IMAP roles and permitted operations";

    @Inject
    RolePermissions rolePermissions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Permission> json() {
        return rolePermissions.report(ReportFormat.JSON).permissions();
    }

    @GET
    @Produces(ReportCsv.TYPE)
    public Response csv() {
        RolePermissions.Stamped stamped = rolePermissions.report(ReportFormat.CSV);
        return Response.ok(ReportCsv.of(TITLE, null, stamped.stamp(), List.of(stamped.table())),
                        ReportCsv.TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"role-permissions.csv\"").build();
    }

    @GET
    @Produces(ReportPdf.TYPE)
    public Response pdf() {
        RolePermissions.Stamped stamped = rolePermissions.report(ReportFormat.PDF);
        return Response.ok(ReportPdf.of(TITLE, null, stamped.stamp(), List.of(stamped.table())), ReportPdf.TYPE)
                .header("Content-Disposition", "attachment; filename=\"role-permissions.pdf\"").build();
    }
}
