package uk.imap.sharing;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * /information-requests: the agency portal's list and answers (R11–R16), and for the hub one request with its
 * answers, withdrawal, and the overdue list its managers escalate from (R15).
 */
@Path("/information-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InformationRequestsResource {

    static final String TOTAL = "X-Total-Count";
    static final int DEFAULT_PAGE_SIZE = 50;
    static final int MAX_PAGE_SIZE = 200;

    /** The body of a withdrawal: {reason}. */
    public static class WithdrawalInput {
        private String reason;

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    InformationRequests informationRequests;

    @Inject
    Disclosures disclosures;

    /**
     * An agency responder's own agency's requests, overdue first; for hub staff, {@code overdue=true} gives the
     * requests past due on the enquiries they may see. A responder may ask for a page of the list ({@code page}
     * from 0, {@code size} up to {@value #MAX_PAGE_SIZE}); the header {@value #TOTAL} then says how long the whole
     * list is. Without either, the whole list, as before.
     */
    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("overdue") String overdue,
                         @QueryParam("page") String page, @QueryParam("size") String size,
                         @Context SecurityContext caller) {
        List<FieldProblem> problems = new ArrayList<>();
        RequestStatus wanted = Codes.parse(RequestStatus.class, status, "status", problems);
        boolean overdueOnly = "true".equalsIgnoreCase(overdue);
        if (overdue != null && !overdueOnly && !"false".equalsIgnoreCase(overdue)) {
            problems.add(new FieldProblem("overdue", "Use true or false"));
        }
        boolean paged = page != null || size != null;
        int pageNumber = page == null ? 0 : Codes.number(page, "page", 0, Integer.MAX_VALUE, problems);
        int pageSize = size == null ? DEFAULT_PAGE_SIZE : Codes.number(size, "size", 1, MAX_PAGE_SIZE, problems);
        if ((long) pageNumber * pageSize > Integer.MAX_VALUE) {
            problems.add(new FieldProblem("page", "There is no page that far: ask for a lower page number"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        if (!caller.isUserInRole(Roles.AGENCY_RESPONDER) && overdueOnly && wanted == null) {
            return Response.ok(informationRequests.overdue()).build();
        }
        if (!paged) {
            return Response.ok(asked(informationRequests.forMyAgency(wanted, overdueOnly))).build();
        }
        AgencyRequests listed = informationRequests.forMyAgency(wanted, overdueOnly, pageNumber * pageSize, pageSize);
        return Response.ok(asked(listed.requests())).header(TOTAL, listed.total()).build();
    }

    // Sent with its element type, so each request's JSON is written once and held (issue 16: ViewsAsJson).
    private static GenericEntity<List<AskedRequestView>> asked(List<AskedRequestView> requests) {
        return new GenericEntity<>(requests) {
        };
    }

    @GET
    @Path("{id}")
    public Object one(@PathParam("id") long id) {
        return informationRequests.read(id);
    }

    /** The caller's agency's answer; a second one must name the answer it corrects (R11). */
    @POST
    @Path("{id}/disclosure")
    public Response disclose(@PathParam("id") long id, DisclosureInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInput("body", "Send the disclosure as a JSON object");
        }
        DisclosureView recorded = disclosures.disclose(id, input.toDetails());
        return Response.created(uri.getAbsolutePathBuilder().build()).entity(recorded).build();
    }

    @POST
    @Path("{id}/withdrawal")
    public RequestView withdraw(@PathParam("id") long id, WithdrawalInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"reason\": \"...\"}");
        }
        return informationRequests.withdraw(id, input.reason);
    }
}
