package uk.imap.enquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.imap.api.Codes;
import uk.imap.casefile.CaseFiles;
import uk.imap.casefile.EnquiryView;
import uk.imap.casefile.PrintedCaseFile;
import uk.imap.report.ReportPdf;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.Agencies;

/** /enquiries: drafting, the caller's worklist, and one enquiry (API.md). */
@Path("/enquiries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class EnquiriesResource {

    static final int MAX_PAGE_SIZE = 200;

    @Inject
    Enquiries enquiries;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Agencies agencies;

    @POST
    public Response draft(EnquiryInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInput("body", "Send the enquiry as a JSON object");
        }
        EnquiryView drafted = enquiries.draft(input.toIntake());
        return Response.created(uri.getAbsolutePathBuilder().path(drafted.reference()).build()).entity(drafted).build();
    }

    @GET
    public Worklist worklist(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                             @QueryParam("owner") String owner,
                             @QueryParam("page") @DefaultValue("0") String page,
                             @QueryParam("size") @DefaultValue("50") String size) {
        List<FieldProblem> problems = new ArrayList<>();
        EnquiryStatus wanted = null;
        if (status != null && !status.isBlank()) {
            try {
                wanted = EnquiryStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "Use one of DRAFT, OPEN, AWAITING_INFORMATION, DECISION, CLOSED"));
            }
        }
        boolean overdueOnly = "true".equalsIgnoreCase(overdue);
        if (overdue != null && !overdueOnly && !"false".equalsIgnoreCase(overdue)) {
            problems.add(new FieldProblem("overdue", "Use true or false"));
        }
        int pageNumber = Codes.number(page, "page", 0, Integer.MAX_VALUE, problems);
        int pageSize = Codes.number(size, "size", 1, MAX_PAGE_SIZE, problems);
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            problems.add(new FieldProblem("page", "There is no page that far: ask for a lower page number"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return enquiries.worklist(wanted, overdueOnly, owner == null || owner.isBlank() ? null : owner.strip(),
                WorklistOrder.NEWEST, pageNumber, pageSize);
    }

    @GET
    @Path("{reference}")
    public EnquiryView one(@PathParam("reference") String reference) {
        return enquiries.find(reference);
    }

    /** The enquiry's summary and chronology, printable, for {@code Accept: application/pdf}; the print is audited. */
    @GET
    @Path("{reference}")
    @Produces(ReportPdf.TYPE)
    public Response printed(@PathParam("reference") String reference) {
        PrintedCaseFile printed = caseFiles.print(reference);
        return Response.ok(EnquiryPdf.of(printed, agencies.names()), ReportPdf.TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + printed.caseFile().enquiry().reference()
                        + ".pdf\"").build();
    }

    /** Corrects what intake recorded; the body carries the version it was read at (R21: 409 when stale). */
    @PUT
    @Path("{reference}")
    public EnquiryView revise(@PathParam("reference") String reference, EnquiryInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send the enquiry as a JSON object");
        }
        Intake intake = input.toIntake(input.getVersion() == null
                ? new FieldProblem("version", "Send the version of the enquiry you read") : null);
        return enquiries.revise(reference, input.getVersion(), intake);
    }

    /** Moves the enquiry on in its life cycle: {to, version, outcome?, reasons?, threshold?} (R1, R15, R21, R29). */
    @POST
    @Path("{reference}/transitions")
    public EnquiryView transition(@PathParam("reference") String reference, TransitionInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send the transition as a JSON object");
        }
        EnquiryStatus next = input.to();
        return enquiries.moveTo(reference, input.version(), next, input.outcome(), input.getReasons(),
                input.threshold());
    }
}
