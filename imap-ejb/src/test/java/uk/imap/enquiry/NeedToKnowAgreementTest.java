package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
import uk.imap.enquiry.control.NumberedParameters;
import uk.imap.enquiry.control.WithinNeedToKnow;
import uk.imap.schema.control.OutsideTheServer;

/**
 * R16 is written twice: {@link NeedToKnow} decides for one enquiry in memory, {@link WithinNeedToKnow} keeps a
 * query's enquiries to the same people in the database. On generated hubs (owners, teams, assignees, handovers, and
 * people with any mix of roles and teams) stored in a real H2 database by IMAP's own migrations, the query must
 * return exactly the enquiries the rule permits, for every person.
 */
class NeedToKnowAgreementTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 2, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final DecisionClock CLOCK = new DecisionClock(new WorkingCalendar(Set.of()), Map.of());
    private static final List<String> PEOPLE = List.of("prac.a", "prac.b", "prac.c", "mgr.d", "mgr.e", "cg.f");
    private static final List<String> TEAMS = List.of("HUB_TEAM_A", "HUB_TEAM_B", "HUB_TEAM_C");
    private static final List<String> ROLES = List.of(Roles.PRACTITIONER, Roles.MANAGER, Roles.CALDICOTT_GUARDIAN,
            Roles.AGENCY_RESPONDER, Roles.AUDITOR);
    private static final AtomicInteger REFERENCES = new AtomicInteger();

    private static EntityManagerFactory database;

    @BeforeContainer
    static void createDatabase() {
        database = OutsideTheServer.persistenceUnit("need-to-know");
    }

    @AfterContainer
    static void closeDatabase() {
        database.close();
    }

    @Property(tries = 60)
    void theQueryReturnsExactlyTheEnquiriesTheRulePermits(@ForAll("hubs") List<PlannedEnquiry> hub,
                                                          @ForAll("people") List<StaffMember> readers) {
        List<Enquiry> stored = store(hub);
        Set<Long> ids = stored.stream().map(Enquiry::id).collect(Collectors.toSet());
        for (StaffMember reader : readers) {
            Set<Long> permitted = stored.stream().filter(NeedToKnow.of(reader)::permits).map(Enquiry::id)
                    .collect(Collectors.toCollection(TreeSet::new));
            EntityManager entities = database.createEntityManager();
            try {
                // Assigned enquiries named by id, and (none named) left to a subquery: both forms must agree.
                for (int named : List.of(1000, 0)) {
                    WithinNeedToKnow within = WithinNeedToKnow.of(reader, entities, named);
                    Set<Long> queried = new TreeSet<>(within.bind(entities.createQuery(
                            "SELECT e.id FROM Enquiry e WHERE e.id IN :ids AND " + within.condition(),
                            Long.class).setParameter("ids", ids)).getResultList());
                    assertEquals(permitted, queried, () -> reader + " over " + hub + ", naming " + named);
                    // The same condition in SQL, as the worklist asks it.
                    NumberedParameters parameters = new NumberedParameters();
                    String condition = within.sqlCondition(parameters);
                    Set<Long> inSql = ((List<?>) parameters.bound(entities, "SELECT e.id FROM enquiry e WHERE "
                            + condition).getResultList()).stream().map(id -> ((Number) id).longValue())
                            .filter(ids::contains).collect(Collectors.toCollection(TreeSet::new));
                    assertEquals(permitted, inSql, () -> reader + " over " + hub + " in SQL, naming " + named);
                }
            } finally {
                entities.close();
            }
        }
    }

    private static List<Enquiry> store(List<PlannedEnquiry> hub) {
        EntityManager entities = database.createEntityManager();
        try {
            entities.getTransaction().begin();
            List<Enquiry> stored = hub.stream().map(PlannedEnquiry::made).toList();
            stored.forEach(entities::persist);
            entities.getTransaction().commit();
            return stored;
        } finally {
            entities.close();
        }
    }

    @Provide
    Arbitrary<List<StaffMember>> people() {
        return person().list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<List<PlannedEnquiry>> hubs() {
        Arbitrary<PlannedEnquiry> enquiry = Combinators.combine(Arbitraries.of(PEOPLE),
                Arbitraries.of(TEAMS).injectNull(0.1), Arbitraries.subsetOf(PEOPLE), Arbitraries.of(PEOPLE).injectNull(0.6))
                .as(PlannedEnquiry::new);
        return enquiry.list().ofMinSize(1).ofMaxSize(12);
    }

    private static Arbitrary<StaffMember> person() {
        return Combinators.combine(Arbitraries.of(PEOPLE), Arbitraries.subsetOf(ROLES),
                Arbitraries.of(TEAMS).injectNull(0.3), Arbitraries.subsetOf(TEAMS))
                .as((name, roles, team, teams) -> new StaffMember(name, roles, "CHILDRENS_SOCIAL_CARE", team, teams));
    }

    /**
     * An enquiry drafted by {@code owner} in {@code team}, with {@code assignees} added by the team's manager and,
     * when {@code handedTo} is given, handed over to that person afterwards (who then stops being an assignee).
     */
    record PlannedEnquiry(String owner, String team, Set<String> assignees, String handedTo) {

        Enquiry made() {
            StaffMember drafter = new StaffMember(owner, Set.of(Roles.PRACTITIONER), "CHILDRENS_SOCIAL_CARE", team);
            StaffMember manager = new StaffMember("mgr.of.team", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE",
                    team);
            Intake intake = new Intake(Source.ANONYMOUS, null, "Child seen with bruises",
                    Threshold.S47_SIGNIFICANT_HARM, Priority.AMBER, List.of("NEGLECT"), List.of(new SubjectDetails(
                    SubjectKind.CHILD, "Robin", "Jones", LocalDate.of(2015, 6, 1), "1 High Street",
                    Relationship.SUBJECT)));
            Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(2026, REFERENCES.incrementAndGet()), intake,
                    drafter, AT, Set.of("NEGLECT"), CLOCK);
            assignees.stream().filter(who -> !who.equals(owner))
                    .forEach(who -> enquiry.assign(Assignment.ADD, who, "Works on it", manager, AT));
            if (handedTo != null && !handedTo.equals(owner)) {
                enquiry.assign(Assignment.HAND_OVER, handedTo, "Handed over", manager, AT);
            }
            return enquiry;
        }
    }
}
