package uk.imap.audit;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** /audit/events?user=&record=&action=&from=&to=: who did what, for auditors (R18); timestamps ISO-8601 with offset. */
@Path("/audit/events")
@Produces(MediaType.APPLICATION_JSON)
public class AuditEventsResource {

    @Inject
    AuditEvents events;

    @GET
    public List<AuditEventView> search(@QueryParam("user") String user, @QueryParam("record") String record,
                                       @QueryParam("action") String action, @QueryParam("from") String from,
                                       @QueryParam("to") String to) {
        return found(user, record, action, from, to);
    }

    /** R34: the same events as a FHIR R4 Bundle of AuditEvent resources. */
    @GET
    @Produces(FhirAuditEvents.MEDIA_TYPE)
    public String searchAsFhir(@QueryParam("user") String user, @QueryParam("record") String record,
                                   @QueryParam("action") String action, @QueryParam("from") String from,
                                   @QueryParam("to") String to) {
        return FhirAuditEvents.bundle(found(user, record, action, from, to)).toString();
    }

    private List<AuditEventView> found(String user, String record, String action, String from, String to) {
        List<FieldProblem> problems = new ArrayList<>();
        AuditAction wanted = Codes.parse(AuditAction.class, action, "action", problems);
        OffsetDateTime since = instant(from, "from", problems);
        OffsetDateTime until = instant(to, "to", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return events.search(blankAsNull(user), blankAsNull(record), wanted, since, until);
    }

    private static OffsetDateTime instant(String text, String field, List<FieldProblem> problems) {
        return Codes.instant(text, field, "2026-11-25T09:00:00Z", problems);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
