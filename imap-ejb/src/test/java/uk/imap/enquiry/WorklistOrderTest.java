package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.schema.control.OutsideTheServer;

/**
 * R30: each worklist order is SQL on the enquiry table. On generated enquiries (priorities, and times of drafting that
 * tie) stored by IMAP's own migrations, the database must sort them as the order says: newest first; red, amber,
 * green; or the hub decision due soonest first; each newest first, then by the later id, where they tie.
 */
class WorklistOrderTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final DecisionClock CLOCK = new DecisionClock(new WorkingCalendar(Set.of()), Map.of());
    private static final StaffMember DRAFTER = new StaffMember("prac.a", Set.of(Roles.PRACTITIONER),
            "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_A");
    private static final AtomicInteger REFERENCES = new AtomicInteger();

    private static EntityManagerFactory database;

    @BeforeContainer
    static void createDatabase() {
        database = OutsideTheServer.persistenceUnit("worklist-order");
    }

    @AfterContainer
    static void closeDatabase() {
        database.close();
    }

    @Property(tries = 40)
    void theDatabaseSortsAsTheOrderSays(@ForAll("drafted") List<Drafted> drafted) {
        List<Enquiry> stored = store(drafted);
        Comparator<Enquiry> newest = Comparator.comparing(Enquiry::createdAt).thenComparing(Enquiry::id).reversed();
        Map<WorklistOrder, Comparator<Enquiry>> expected = Map.of(
                WorklistOrder.NEWEST, newest,
                WorklistOrder.PRIORITY, Comparator.comparing(Enquiry::priority).thenComparing(newest),
                WorklistOrder.DUE_FIRST, Comparator.comparing(Enquiry::decisionDueAt,
                        Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(newest));
        String ids = stored.stream().map(enquiry -> String.valueOf(enquiry.id())).collect(Collectors.joining(", "));
        EntityManager entities = database.createEntityManager();
        try {
            for (WorklistOrder order : WorklistOrder.values()) {
                List<Long> sorted = ((List<?>) entities.createNativeQuery("SELECT e.id FROM enquiry e WHERE e.id IN ("
                        + ids + ") ORDER BY " + order.sql).getResultList()).stream()
                        .map(id -> ((Number) id).longValue()).toList();
                assertEquals(stored.stream().sorted(expected.get(order)).map(Enquiry::id).toList(), sorted,
                        () -> order + " over " + drafted);
            }
        } finally {
            entities.close();
        }
    }

    private static List<Enquiry> store(List<Drafted> drafted) {
        EntityManager entities = database.createEntityManager();
        try {
            entities.getTransaction().begin();
            List<Enquiry> stored = drafted.stream().map(Drafted::made).toList();
            stored.forEach(entities::persist);
            entities.getTransaction().commit();
            return stored;
        } finally {
            entities.close();
        }
    }

    @Provide
    Arbitrary<List<Drafted>> drafted() {
        return Combinators.combine(Arbitraries.of(Priority.class), Arbitraries.integers().between(0, 3))
                .as(Drafted::new).list().ofMinSize(1).ofMaxSize(10);
    }

    /** An enquiry of {@code priority} drafted {@code hoursAgo} before the test's moment: few hours, so times tie. */
    record Drafted(Priority priority, int hoursAgo) {

        Enquiry made() {
            Intake intake = new Intake(Source.ANONYMOUS, null, "Child seen with bruises",
                    Threshold.S47_SIGNIFICANT_HARM, priority, List.of("NEGLECT"), List.of(new SubjectDetails(
                    SubjectKind.CHILD, "Robin", "Jones", LocalDate.of(2015, 6, 1), "1 High Street",
                    Relationship.SUBJECT)));
            return Enquiry.draft(() -> EnquiryReference.of(2026, REFERENCES.incrementAndGet()), intake, DRAFTER,
                    AT.minusHours(hoursAgo), Set.of("NEGLECT"), CLOCK);
        }
    }
}
