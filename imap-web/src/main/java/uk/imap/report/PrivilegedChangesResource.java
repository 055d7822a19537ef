package uk.imap.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.ArrayList;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** /reports/privileged-changes?from=&to=: account and role changes, self-grants flagged (R20); JSON, CSV or PDF. */
@Path("/reports/privileged-changes")
public class PrivilegedChangesResource {

    static final String TITLE = "IMAP privileged changes";

    /** The JSON answer: the changes and the report's stamp. */
    public record Answer(List<PrivilegedChangesReport.Change> changes, ReportStamp stamp) {
    }

    @Inject
    PrivilegedChangesReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Answer json(@QueryParam("from") String from, @QueryParam("to") String to) {
        PrivilegedChangesReport.Stamped stamped = report.generate(instant(from, "from"), instant(to, "to"),
                ReportFormat.JSON);
        return new Answer(stamped.changes(), stamped.stamp());
    }

    @GET
    @Produces(ReportCsv.TYPE)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        PrivilegedChangesReport.Stamped stamped = report.generate(instant(from, "from"), instant(to, "to"),
                ReportFormat.CSV);
        return Response.ok(ReportCsv.of(TITLE, null, stamped.stamp(), List.of(stamped.table())),
                        ReportCsv.TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"privileged-changes.csv\"").build();
    }

    @GET
    @Produces(ReportPdf.TYPE)
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        PrivilegedChangesReport.Stamped stamped = report.generate(instant(from, "from"), instant(to, "to"),
                ReportFormat.PDF);
        return Response.ok(ReportPdf.of(TITLE, null, stamped.stamp(), List.of(stamped.table())), ReportPdf.TYPE)
                .header("Content-Disposition", "attachment; filename=\"privileged-changes.pdf\"").build();
    }

    static OffsetDateTime instant(String value, String field) {
        List<FieldProblem> problems = new ArrayList<>();
        OffsetDateTime instant = Codes.instant(value, field, "2026-11-01T00:00:00Z", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return instant;
    }
}
