package uk.imap.enquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** /enquiries/{reference}/assignments: a team's manager hands over or assigns with a reason (R16). */
@Path("/enquiries/{reference}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    /** The body: {change: HAND_OVER|ADD|REMOVE, username, reason}. */
    public static class AssignmentInput {
        private String change;
        private String username;
        private String reason;

        public String getChange() {
            return change;
        }

        public void setChange(String change) {
            this.change = change;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    @Inject
    Enquiries enquiries;

    @POST
    public EnquiryView assign(@PathParam("reference") String reference, AssignmentInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"change\", \"username\", \"reason\"}");
        }
        List<FieldProblem> problems = new ArrayList<>();
        Assignment change = Codes.parse(Assignment.class, input.change, "change", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return enquiries.assign(reference, change, input.username, input.reason);
    }
}
