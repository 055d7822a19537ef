package uk.imap.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import uk.imap.audit.AuditEventView;

/**
 * /reports/access?user= or ?record= (and from=, to= as ISO instants): who touched what (R20), as JSON, CSV or PDF
 * by the Accept header.
 */
@Path("/reports/access")
public class AccessResource {

    static final String TITLE = "IMAP access report";

    /** The JSON answer: the events, whether only the newest were kept, and the report's stamp. */
    public record Answer(List<AuditEventView> events, boolean truncated, ReportStamp stamp) {
    }

    @Inject
    AccessReport report;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Answer json(@QueryParam("user") String user, @QueryParam("record") String record,
                       @QueryParam("from") String from, @QueryParam("to") String to) {
        AccessReport.Stamped stamped = generate(user, record, from, to, ReportFormat.JSON);
        return new Answer(stamped.events().stream().map(AccessResource::withoutReason).toList(),
                stamped.truncated(), stamped.stamp());
    }

    @GET
    @Produces(ReportCsv.TYPE)
    public Response csv(@QueryParam("user") String user, @QueryParam("record") String record,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        AccessReport.Stamped stamped = generate(user, record, from, to, ReportFormat.CSV);
        return Response.ok(ReportCsv.of(TITLE, period(from, to), stamped.stamp(), List.of(stamped.table())),
                ReportCsv.TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"access.csv\"").build();
    }

    @GET
    @Produces(ReportPdf.TYPE)
    public Response pdf(@QueryParam("user") String user, @QueryParam("record") String record,
                        @QueryParam("from") String from, @QueryParam("to") String to) {
        AccessReport.Stamped stamped = generate(user, record, from, to, ReportFormat.PDF);
        return Response.ok(ReportPdf.of(TITLE, period(from, to), stamped.stamp(), List.of(stamped.table())),
                ReportPdf.TYPE).header("Content-Disposition", "attachment; filename=\"access.pdf\"").build();
    }

    private AccessReport.Stamped generate(String user, String record, String from, String to, ReportFormat format) {
        return report.generate(user, record, PrivilegedChangesResource.instant(from, "from"),
                PrivilegedChangesResource.instant(to, "to"), format);
    }

    // What a person typed as a reason may say something about the case; the auditor sees who and what, not that.
    private static AuditEventView withoutReason(AuditEventView e) {
        return new AuditEventView(e.position(), e.actor(), e.roles(), e.occurredAt(), e.action(), e.recordType(),
                e.recordId(), e.outcome(), e.origin(), e.userAgent(), null);
    }

    private static String period(String from, String to) {
        return (from == null ? "the beginning" : from) + " to " + (to == null ? "now" : to);
    }
}
