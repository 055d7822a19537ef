package uk.imap.referral;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import uk.imap.api.WithoutSignIn;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.shared.InvalidInput;

/** POST /referrals, without sign-in: a professional's referral (R32); 202 with its reference and nothing else. */
@Path("/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReferralsResource {

    @Inject
    Referrals referrals;

    @POST
    @WithoutSignIn
    public Response refer(ReferralInput input) {
        if (input == null) {
            throw new InvalidInput("body", "Send the referral as a JSON object");
        }
        String reference = referrals.receive(input.toReferral(LocalDate.now(WorkingCalendar.HUB_ZONE)));
        JsonObject accepted = Json.createObjectBuilder().add("reference", reference).build();
        return Response.accepted(accepted).build();
    }
}
