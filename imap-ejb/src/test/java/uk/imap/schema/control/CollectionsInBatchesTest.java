package uk.imap.schema.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.enquiry.Assignment;
import uk.imap.enquiry.DecisionClock;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.Subject;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;

/**
 * A list of records reads each of its collections, of entities (an enquiry's people) and of values (its assignees),
 * in one statement for the whole list, and each record still gets exactly its own, in order: the persistence unit as
 * the server runs it ({@link SessionSettings}), on a real database.
 */
class CollectionsInBatchesTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 6, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final int ENQUIRIES = 6;

    private static EntityManagerFactory database;
    private static final List<String> statements = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void storeEnquiries() {
        database = OutsideTheServer.persistenceUnit("collections-in-batches");
        JpaHelper.getServerSession(database).getEventManager().addListener(new SessionEventAdapter() {
            @Override
            public void postExecuteCall(SessionEvent event) {
                if (event.getCall() instanceof DatabaseCall call) {
                    statements.add(call.getSQLString().toLowerCase(Locale.ROOT));
                }
            }
        });
        EntityManager entities = database.createEntityManager();
        try {
            entities.getTransaction().begin();
            for (int i = 1; i <= ENQUIRIES; i++) {
                entities.persist(enquiry(i));
            }
            entities.getTransaction().commit();
        } finally {
            entities.close();
        }
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    @DisplayName("six enquiries' people and assignees are read in one statement each, and each gets its own in order")
    void oneStatementPerCollectionForTheWholeList() {
        EntityManager entities = database.createEntityManager();
        try {
            List<Enquiry> read = entities.createQuery("SELECT e FROM Enquiry e ORDER BY e.id", Enquiry.class)
                    .getResultList();
            statements.clear();
            for (Enquiry enquiry : read) {
                String reference = enquiry.reference().value();
                int number = Integer.parseInt(reference.substring(reference.lastIndexOf('-') + 1));
                assertEquals(List.of("Robin " + number, "Sam " + number),
                        enquiry.subjects().stream().map(Subject::givenName).toList());
                assertEquals(Set.of("prac.worker" + number), enquiry.assignees());
            }
            assertEquals(ENQUIRIES, read.size());
            assertEquals(1, reading("from subject"), () -> "statements: " + statements);
            assertEquals(1, reading("from enquiry_assignee"), () -> "statements: " + statements);
        } finally {
            entities.close();
        }
    }

    private static long reading(String table) {
        return statements.stream().filter(sql -> sql.contains(table)).count();
    }

    private static Enquiry enquiry(int number) {
        StaffMember drafter = new StaffMember("prac.owner", Set.of(Roles.PRACTITIONER), "CHILDRENS_SOCIAL_CARE",
                "HUB_TEAM_A");
        StaffMember manager = new StaffMember("mgr.of.team", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE",
                "HUB_TEAM_A");
        Intake intake = new Intake(Source.ANONYMOUS, null, "Child seen with bruises", Threshold.S47_SIGNIFICANT_HARM,
                Priority.AMBER, List.of("NEGLECT"), List.of(
                new SubjectDetails(SubjectKind.CHILD, "Robin " + number, "Jones", LocalDate.of(2015, 6, 1),
                        "1 High Street", Relationship.SUBJECT),
                new SubjectDetails(SubjectKind.CHILD, "Sam " + number, "Jones", LocalDate.of(2017, 3, 1),
                        "1 High Street", Relationship.SIBLING)));
        Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2026, number), intake, drafter, AT,
                Set.of("NEGLECT"), new DecisionClock(new WorkingCalendar(Set.of()), Map.of()));
        enquiry.assign(Assignment.ADD, "prac.worker" + number, "Works on it", manager, AT);
        return enquiry;
    }
}
