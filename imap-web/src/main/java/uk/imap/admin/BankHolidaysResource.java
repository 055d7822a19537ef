package uk.imap.admin;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.calendar.BankHolidays;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** /admin/bank-holidays: the England and Wales bank holidays that decide working days (R15). */
@Path("/admin/bank-holidays")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BankHolidaysResource {

    /** The body of an addition: {day, name}. */
    public static class HolidayInput {
        private String day;
        private String name;

        public String getDay() {
            return day;
        }

        public void setDay(String day) {
            this.day = day;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    @Inject
    BankHolidays bankHolidays;

    @GET
    public List<BankHolidays.Holiday> all() {
        return bankHolidays.all();
    }

    @POST
    public Response add(HolidayInput input, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInput("body", "Send the bank holiday as a JSON object");
        }
        BankHolidays.Holiday added = bankHolidays.add(day(input.getDay()), input.getName());
        return Response.created(uri.getAbsolutePathBuilder().path(added.day().toString()).build()).entity(added).build();
    }

    @DELETE
    @Path("{day}")
    public Response remove(@PathParam("day") String day) {
        bankHolidays.remove(day(day));
        return Response.noContent().build();
    }

    private static LocalDate day(String text) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate day = Codes.date(text, "day", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return day;
    }
}
