package uk.imap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.GenericEntity;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.casefile.EnquiryView;
import uk.imap.casefile.control.WrittenViews;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.DecisionClock;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;
import uk.imap.enquiry.Worklist;
import uk.imap.sharing.AskedRequestView;
import uk.imap.sharing.InformationCategory;
import uk.imap.sharing.RequestStatus;

/** Issue 16: the JSON held for enquiry views is, byte for byte, what the shared binding writes for the view. */
class ViewsAsJsonTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final StaffMember OWNER = new StaffMember("prac.owner", Set.of(Roles.PRACTITIONER),
            "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_A");

    private final ViewsAsJson writer = new ViewsAsJson();

    {
        writer.written = new WrittenViews();
    }

    @Test
    @DisplayName("a worklist and an enquiry are the shared binding's JSON, in UTF-8 unless the type names another")
    void writtenAsTheBindingWritesThem() throws IOException {
        Worklist list = new Worklist(IntStream.rangeClosed(1, 3).mapToObj(n -> view(n, 0).onWorklist(AT)).toList(),
                2, 3, 47);
        for (Object answer : List.of(list, list, new Worklist(List.of(), 0, 50, 0), view(4, 1), view(4, 1))) {
            String expected = JsonBinding.SHARED.toJson(answer);
            assertEquals(expected, new String(written(answer, MediaType.APPLICATION_JSON_TYPE),
                    StandardCharsets.UTF_8));
            assertEquals(expected, new String(written(answer, new MediaType("application", "json",
                    Map.of(MediaType.CHARSET_PARAMETER, "UTF-16"))), StandardCharsets.UTF_16));
            for (String unknown : List.of("no-such-charset", "?!")) {
                assertEquals(expected, new String(written(answer, new MediaType("application", "json",
                        Map.of(MediaType.CHARSET_PARAMETER, unknown))), StandardCharsets.UTF_8), unknown);
            }
        }
    }

    @Test
    @DisplayName("R15 a view differing in any part from one written before, overdue ones too, is written afresh")
    void onlyAnEqualViewFindsItsBytes() throws IOException {
        EnquiryView none = view(5, 0);
        EnquiryView oneOverdue = view(5, 1);
        EnquiryView row = none.onWorklist(AT);
        EnquiryView judgedLater = none.onWorklist(AT.plusDays(30));
        assertEquals(none.hashCode(), oneOverdue.hashCode(), "kept under the same hash: told apart by equality");
        for (EnquiryView each : List.of(none, oneOverdue, row, judgedLater, none, row)) {
            assertEquals(JsonBinding.SHARED.toJson(each), new String(written(each, MediaType.APPLICATION_JSON_TYPE),
                    StandardCharsets.UTF_8));
        }
        assertNotEquals(JsonBinding.SHARED.toJson(row), JsonBinding.SHARED.toJson(judgedLater), "overdue by then");
    }

    @Test
    @DisplayName("R16 an agency's list is the shared binding's JSON, each request's held and found only when equal")
    void agencyListAsTheBindingWritesIt() throws IOException {
        List<AskedRequestView> list = List.of(asked(1, false), asked(2, true), asked(3, false));
        List<AskedRequestView> later = List.of(asked(1, true), asked(2, true));
        Type type = new GenericEntity<List<AskedRequestView>>(list) {
        }.getType();
        assertTrue(writer.isWriteable(list.getClass(), type, null, MediaType.APPLICATION_JSON_TYPE));
        for (List<AskedRequestView> answer : List.of(list, list, later, List.<AskedRequestView>of())) {
            String expected = JsonBinding.SHARED.toJson(answer);
            assertEquals(expected, new String(written(answer, type, MediaType.APPLICATION_JSON_TYPE),
                    StandardCharsets.UTF_8));
            assertEquals(expected, new String(written(answer, type, new MediaType("application", "json",
                    Map.of(MediaType.CHARSET_PARAMETER, "UTF-16"))), StandardCharsets.UTF_16));
        }
        assertTrue(writer.written.holds("IMAP-2026-000042"));
        writer.written.forget("IMAP-2026-000042");
        assertFalse(writer.written.holds("IMAP-2026-000042"));
    }

    @Test
    @DisplayName("only enquiries, worklists and agencies' lists are written here; every other answer as before")
    void othersAsBefore() {
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        assertTrue(writer.isWriteable(EnquiryView.class, EnquiryView.class, null, json));
        assertTrue(writer.isWriteable(Worklist.class, Worklist.class, null, json));
        for (Class<?> type : List.of(Object.class, List.class, String.class, byte[].class, StaffMember.class)) {
            assertFalse(writer.isWriteable(type, type, null, json), type.getName());
        }
    }

    private byte[] written(Object answer, MediaType type) throws IOException {
        return written(answer, answer.getClass(), type);
    }

    private byte[] written(Object answer, Type genericType, MediaType type) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.writeTo(answer, answer.getClass(), genericType, null, type, new MultivaluedHashMap<>(), body);
        return body.toByteArray();
    }

    private static AskedRequestView asked(long id, boolean overdue) {
        return new AskedRequestView(id, "IMAP-2026-000042", "POLICE", "Decide on a strategy discussion",
                "Police attended \"twice\"", List.of("CHILDREN_ACT_1989_S47"),
                List.of(InformationCategory.DOMESTIC_ABUSE_INCIDENTS), "Shows the pattern", "Zoë may go home",
                Priority.RED, RequestStatus.SENT, AT, AT.plusHours(4), overdue, List.of(
                new AskedRequestView.PersonAskedAbout(SubjectKind.CHILD, "Zoë", "O'Neill", LocalDate.of(2015, 6, 1),
                        null, "1 High Street", Relationship.SUBJECT)), ConsentKind.NOT_SOUGHT, AT, List.of(),
                List.of(), List.of());
    }

    private static EnquiryView view(int number, long requestsOverdue) {
        Intake intake = new Intake(Source.ANONYMOUS, null, "Zoë seen with bruises; teacher said \"not again\"",
                Threshold.S47_SIGNIFICANT_HARM, Priority.AMBER, List.of("NEGLECT"), List.of(
                new SubjectDetails(SubjectKind.CHILD, "Zoë", "O'Neill", LocalDate.of(2015, 6, 1), "1 High Street",
                        Relationship.SUBJECT)));
        Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2026, number), intake, OWNER, AT, Set.of("NEGLECT"),
                new DecisionClock(new WorkingCalendar(Set.of()), Map.of()));
        return EnquiryView.of(enquiry, AT, requestsOverdue, List.of());
    }
}
