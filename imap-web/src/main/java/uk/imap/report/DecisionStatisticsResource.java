package uk.imap.report;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * /reports/decision-statistics?from=&to=: the hub's performance over a period (R25), as JSON, CSV or PDF by the
 * Accept header. Days are ISO dates, both included; by default this month so far.
 */
@Path("/reports/decision-statistics")
public class DecisionStatisticsResource {

    static final String TITLE = "IMAP decision statistics and hub performance";

    @Inject
    DecisionStatisticsReport report;

    private final Clock clock = Clock.systemUTC();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public DecisionStatisticsReport.Stamped json(@QueryParam("from") String from, @QueryParam("to") String to) {
        return generate(from, to, ReportFormat.JSON);
    }

    @GET
    @Produces(ReportCsv.TYPE)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        DecisionStatisticsReport.Stamped stamped = generate(from, to, ReportFormat.CSV);
        return Response.ok(ReportCsv.of(TITLE, stamped.statistics().period(), stamped.stamp(),
                        stamped.statistics().tables()), ReportCsv.TYPE + "; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"decision-statistics.csv\"").build();
    }

    @GET
    @Produces(ReportPdf.TYPE)
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        DecisionStatisticsReport.Stamped stamped = generate(from, to, ReportFormat.PDF);
        return Response.ok(ReportPdf.of(TITLE, stamped.statistics().period(), stamped.stamp(),
                        stamped.statistics().tables()), ReportPdf.TYPE)
                .header("Content-Disposition", "attachment; filename=\"decision-statistics.pdf\"").build();
    }

    private DecisionStatisticsReport.Stamped generate(String from, String to, ReportFormat format) {
        LocalDate today = LocalDate.now(clock);
        return report.generate(day(from, "from", today.withDayOfMonth(1)), day(to, "to", today), format);
    }

    private static LocalDate day(String value, String field, LocalDate otherwise) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = Codes.day(value, field, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return day == null ? otherwise : day;
    }
}
