package uk.imap.enquiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;

/**
 * R29: the manager's view of a team's open work, per worker: by status, overdue and oldest. Only the team's own
 * manager may see it (R16); another manager's or a practitioner's asking is refused and the refusal audited.
 */
@Stateless
public class Workloads {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed(Roles.MANAGER)
    public TeamWorkload of(String team) {
        requireManagerOf(team);
        Map<String, Map<EnquiryStatus, Long>> open = new HashMap<>();
        Map<String, OffsetDateTime> oldest = new HashMap<>();
        em.createQuery("SELECT e.owner, e.status, COUNT(e), MIN(e.receivedAt) FROM Enquiry e WHERE e.team = :team"
                        + " AND e.status <> :closed GROUP BY e.owner, e.status", Object[].class)
                .setParameter("team", team).setParameter("closed", EnquiryStatus.CLOSED).getResultList()
                .forEach(row -> {
                    String owner = (String) row[0];
                    open.computeIfAbsent(owner, key -> new EnumMap<>(EnquiryStatus.class))
                            .put((EnquiryStatus) row[1], (Long) row[2]);
                    oldest.merge(owner, (OffsetDateTime) row[3], (a, b) -> a.isBefore(b) ? a : b);
                });
        Map<String, Long> overdue = new HashMap<>();
        em.createQuery("SELECT e.owner, COUNT(e) FROM Enquiry e WHERE e.team = :team AND e.status IN :undecided"
                        + " AND e.decisionDueAt < :now GROUP BY e.owner", Object[].class)
                .setParameter("team", team).setParameter("undecided", EnquiryStatus.awaitingDecision())
                .setParameter("now", OffsetDateTime.now(clock)).getResultList()
                .forEach(row -> overdue.put((String) row[0], (Long) row[1]));
        List<WorkerLoad> workers = open.keySet().stream()
                .map(owner -> new WorkerLoad(owner, open.get(owner), overdue.getOrDefault(owner, 0L),
                        oldest.get(owner)))
                .sorted(Comparator.comparingLong(WorkerLoad::openTotal).reversed()
                        .thenComparing(WorkerLoad::username))
                .toList();
        auditTrail.record(AuditAction.WORKLOAD_READ, RecordType.PAGE, "team " + team);
        return new TeamWorkload(team, workers);
    }

    /**
     * The people who own or work on the team's enquiries, to choose from when handing over or assigning: user names
     * of colleagues only, no case content.
     */
    @RolesAllowed(Roles.MANAGER)
    public List<String> workersOf(String team) {
        requireManagerOf(team);
        List<String> owners = em.createQuery("SELECT DISTINCT e.owner FROM Enquiry e WHERE e.team = :team",
                String.class).setParameter("team", team).getResultList();
        List<String> assignees = em.createQuery("SELECT DISTINCT a FROM Enquiry e JOIN e.assignees a"
                + " WHERE e.team = :team", String.class).setParameter("team", team).getResultList();
        return Stream.concat(owners.stream(), assignees.stream()).distinct().sorted().toList();
    }

    private void requireManagerOf(String team) {
        if (!signedIn.member().manages(team)) {
            auditTrail.recordDenial(RecordType.PAGE, "team " + team, "not the team's manager");
            throw new OutsideNeedToKnow("team " + team);
        }
    }
}
