package uk.imap.enquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import uk.imap.casefile.EnquiryView;
import uk.imap.shared.InvalidInput;

/** /enquiries/{reference}/assignments: a team's manager hands over or assigns with a reason (R16). */
@Path("/enquiries/{reference}/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AssignmentsResource {

    @Inject
    Enquiries enquiries;

    @POST
    public EnquiryView assign(@PathParam("reference") String reference, AssignmentInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send {\"change\", \"username\", \"reason\"}");
        }
        return enquiries.assign(reference, input.parsedChange(), input.getUsername(), input.getReason());
    }
}
