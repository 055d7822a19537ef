package uk.imap.enquiry;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.casefile.CaseFiles;
import uk.imap.casefile.ChronologyEntry;
import uk.imap.casefile.ChronologyKind;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** /enquiries/{reference}/chronology?kind=&agency=: the enquiry's significant events, oldest first (R29). */
@Path("/enquiries/{reference}/chronology")
@Produces(MediaType.APPLICATION_JSON)
public class ChronologyResource {

    @Inject
    CaseFiles caseFiles;

    @GET
    public List<ChronologyEntry> chronology(@PathParam("reference") String reference, @QueryParam("kind") String kind,
                                            @QueryParam("agency") String agency) {
        List<FieldProblem> problems = new ArrayList<>();
        ChronologyKind only = Codes.parse(ChronologyKind.class, kind, "kind", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return caseFiles.open(reference).chronology().only(only, agency == null || agency.isBlank() ? null
                : agency.strip()).entries();
    }
}
