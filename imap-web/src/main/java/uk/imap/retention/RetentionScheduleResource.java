package uk.imap.retention;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.imap.shared.InvalidInput;

/**
 * /admin/retention-schedule: how long closed enquiries are kept, one ISO-8601 period per outcome, counted from the
 * day each closed (R33): {"NO_FURTHER_ACTION": "P6Y", "EARLY_HELP": "P6Y", …}.
 */
@Path("/admin/retention-schedule")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RetentionScheduleResource {

    @Inject
    RetentionScheduleSettings settings;

    @GET
    public Map<String, String> schedule() {
        return shown(settings.schedule());
    }

    @PUT
    public Map<String, String> change(Map<String, String> periods) {
        if (periods == null) {
            throw new InvalidInput("body",
                    "Send one period per outcome, such as {\"NO_FURTHER_ACTION\": \"P6Y\", …}");
        }
        return shown(settings.change(periods));
    }

    private static Map<String, String> shown(RetentionSchedule schedule) {
        Map<String, String> shown = new LinkedHashMap<>();
        schedule.periods().forEach((outcome, period) -> shown.put(outcome.name(), period.toString()));
        return shown;
    }
}
