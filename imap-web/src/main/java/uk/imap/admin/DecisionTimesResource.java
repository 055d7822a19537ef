package uk.imap.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.Map;
import uk.imap.enquiry.DecisionTimeSettings;
import uk.imap.enquiry.Priority;
import uk.imap.shared.InvalidInput;

/**
 * /admin/decision-times: the working hours the hub has for its decision on an enquiry, counted from its receipt, by
 * RAG priority (R30): {"RED": 4, "AMBER": 24, "GREEN": 24}.
 */
@Path("/admin/decision-times")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DecisionTimesResource {

    @Inject
    DecisionTimeSettings settings;

    @GET
    public Map<Priority, Integer> hours() {
        return settings.hours();
    }

    @PUT
    public Map<Priority, Integer> change(Map<String, Integer> hours) {
        if (hours == null) {
            throw new InvalidInput("body", "Send {\"RED\": hours, \"AMBER\": hours, \"GREEN\": hours}");
        }
        Map<Priority, Integer> byPriority = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            byPriority.put(priority, hours.get(priority.name()));
        }
        return settings.change(byPriority);
    }
}
