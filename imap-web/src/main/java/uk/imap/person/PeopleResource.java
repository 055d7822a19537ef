package uk.imap.person;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * /people/matches: people already known who may be the one described (R24); /people/{id}: one person's page (R28);
 * both within need to know (R16).
 */
@Path("/people")
@Produces(MediaType.APPLICATION_JSON)
public class PeopleResource {

    @Inject
    People people;

    @GET
    @Path("matches")
    public List<PossibleMatch> matches(@QueryParam("givenName") String givenName,
                                       @QueryParam("familyName") String familyName,
                                       @QueryParam("dateOfBirth") String dateOfBirth,
                                       @QueryParam("address") String address) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate born = Codes.date(dateOfBirth, "dateOfBirth", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return people.possibleMatches(givenName, familyName, born, address);
    }

    @GET
    @Path("{id}")
    public PersonStory person(@PathParam("id") long id) {
        return people.person(id);
    }
}
