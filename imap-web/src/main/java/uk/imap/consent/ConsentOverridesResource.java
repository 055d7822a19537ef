package uk.imap.consent;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.imap.shared.InvalidInput;

/** R4: /consent-overrides: those waiting for a decision, and /consent-overrides/{id}/approval to decide (four eyes). */
@Path("/consent-overrides")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConsentOverridesResource {

    /** The decision: {approved, reasons, agencies?}; agencies name those an approval covers (none: every one). */
    public static class ApprovalInput {
        private Boolean approved;
        private String reasons;
        private List<String> agencies = new ArrayList<>();

        public List<String> getAgencies() {
            return agencies;
        }

        public void setAgencies(List<String> agencies) {
            this.agencies = agencies;
        }

        public Boolean getApproved() {
            return approved;
        }

        public void setApproved(Boolean approved) {
            this.approved = approved;
        }

        public String getReasons() {
            return reasons;
        }

        public void setReasons(String reasons) {
            this.reasons = reasons;
        }
    }

    @Inject
    ConsentOverrides overrides;

    /** Overrides waiting for a decision that the caller may decide. */
    @GET
    public List<ConsentOverrideView> pending(@QueryParam("status") String status) {
        if (status != null && !"PENDING".equalsIgnoreCase(status)) {
            throw new InvalidInput("status", "Only PENDING overrides are listed here; an enquiry lists all of its own");
        }
        return overrides.pending();
    }

    @POST
    @Path("{id}/approval")
    public ConsentOverrideView decide(@PathParam("id") long id, ApprovalInput input) {
        if (input == null || input.approved == null) {
            throw new InvalidInput("approved", "Say true to approve or false to reject");
        }
        return overrides.decide(id, input.approved, input.reasons,
                input.agencies == null ? Set.of() : Set.copyOf(input.agencies));
    }
}
