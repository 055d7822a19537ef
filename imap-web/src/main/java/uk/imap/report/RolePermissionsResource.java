package uk.imap.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** /reports/role-permissions: roles × permitted operations, read from the deployed EJBs (R20); JSON or CSV. */
@Path("/reports/role-permissions")
public class RolePermissionsResource {

    static final String CSV = "text/csv";

    @Inject
    RolePermissions rolePermissions;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<Permission> json() {
        return rolePermissions.report();
    }

    @GET
    @Produces(CSV)
    public Response csv() throws IOException {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("role", "operation", "description").get()
                .print(out)) {
            for (Permission row : rolePermissions.report()) {
                printer.printRecord(row.role(), row.operation(), row.description());
            }
        }
        return Response.ok(out.toString(), CSV + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"role-permissions.csv\"").build();
    }
}
