package uk.imap.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.imap.access.Roles;
import uk.imap.consent.ConsentKind;
import uk.imap.enquiry.Outcome;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Source;
import uk.imap.report.control.ReportStamps;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.Agency;
import uk.imap.sharing.DisclosureDecision;

/**
 * R25: the hub's decision statistics over a period, counted in the database: enquiries by source and outcome,
 * consent decisions by kind, agencies' current answers by decision, requests by how they stand against their due
 * time, and time to hub decision. Counts and times only: nothing a record says.
 */
@Stateless
public class DecisionStatisticsReport {

    /** A report and its stamp. */
    public record Stamped(DecisionStatistics statistics, ReportStamp stamp) implements Serializable {
    }

    static final String NOT_DECIDED = "Not decided yet";

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    ReportStamps stamps;

    private final Clock clock = Clock.systemUTC();

    /** From the first to the last day given, both included, in UTC. */
    @RolesAllowed({Roles.MANAGER, Roles.AUDITOR})
    public Stamped generate(LocalDate from, LocalDate to, ReportFormat format) {
        if (from == null || to == null) {
            throw new InvalidInput("to", "The period must end on or after the day it starts.");
        }
        DayPeriod period = new DayPeriod(from, to);
        OffsetDateTime start = period.start();
        OffsetDateTime end = period.end();
        Map<String, String> agencyNames = em.createQuery("SELECT a FROM Agency a", Agency.class).getResultStream()
                .collect(Collectors.toMap(Agency::code, Agency::displayName));

        DecisionStatistics statistics = new DecisionStatistics(from, to, enquiries(start, end), consent(start, end),
                disclosures(start, end, agencyNames), requests(start, end, agencyNames), hubDecision(start, end));
        return new Stamped(statistics, stamps.stamp("decision-statistics", format,
                // The audit event keeps ISO days, as events are read by machines too.
                statistics.from() + " to " + statistics.to()));
    }

    private List<DecisionStatistics.Count> enquiries(OffsetDateTime start, OffsetDateTime end) {
        List<DecisionStatistics.Count> counts = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT e.source, e.outcome, COUNT(e) FROM Enquiry e WHERE e.openedAt >= :start"
                        + " AND e.openedAt < :end GROUP BY e.source, e.outcome", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            Outcome outcome = (Outcome) row[1];
            counts.add(new DecisionStatistics.Count(((Source) row[0]).label(),
                    outcome == null ? NOT_DECIDED : outcome.label(), (Long) row[2]));
        }
        counts.sort(Comparator.comparing(DecisionStatistics.Count::group).thenComparing(DecisionStatistics.Count::subgroup));
        return counts;
    }

    private List<DecisionStatistics.Count> consent(OffsetDateTime start, OffsetDateTime end) {
        return em.createQuery("SELECT c.kind, COUNT(c) FROM ConsentDecision c WHERE c.decidedAt >= :start"
                        + " AND c.decidedAt < :end GROUP BY c.kind", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultStream()
                .sorted(Comparator.comparing(row -> ((ConsentKind) row[0]).ordinal()))
                .map(row -> new DecisionStatistics.Count(((ConsentKind) row[0]).label(), null, (Long) row[1]))
                .toList();
    }

    // A corrected answer counts once, as its newest version.
    private List<DecisionStatistics.Count> disclosures(OffsetDateTime start, OffsetDateTime end,
                                                       Map<String, String> agencyNames) {
        List<DecisionStatistics.Count> counts = new ArrayList<>();
        for (Object[] row : em.createQuery("SELECT d.request.agency, d.decision, COUNT(d) FROM Disclosure d"
                        + " WHERE d.answeredAt >= :start AND d.answeredAt < :end AND NOT EXISTS"
                        + " (SELECT n FROM Disclosure n WHERE n.supersedes = d.id)"
                        + " GROUP BY d.request.agency, d.decision", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            counts.add(new DecisionStatistics.Count(agencyNames.getOrDefault((String) row[0], (String) row[0]),
                    ((DisclosureDecision) row[1]).label(), (Long) row[2]));
        }
        counts.sort(Comparator.comparing(DecisionStatistics.Count::group).thenComparing(DecisionStatistics.Count::subgroup));
        return counts;
    }

    private List<DecisionStatistics.RequestTimes> requests(OffsetDateTime start, OffsetDateTime end,
                                                           Map<String, String> agencyNames) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        RequestTally tally = new RequestTally();
        em.createQuery("SELECT r.agency, r.priority, r.dueAt, r.answeredAt, r.withdrawnAt FROM InformationRequest r"
                        + " WHERE r.sentAt >= :start AND r.sentAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultStream()
                .forEach(row -> {
                    Priority priority = (Priority) row[1];
                    tally.add(agencyNames.getOrDefault((String) row[0], (String) row[0]), priority.ordinal(),
                            priority.label(), Timeliness.of((OffsetDateTime) row[2], (OffsetDateTime) row[3],
                                    (OffsetDateTime) row[4], now));
                });
        return tally.rows();
    }

    private HubDecisionTime hubDecision(OffsetDateTime start, OffsetDateTime end) {
        List<Duration> toDecision = new ArrayList<>();
        long withinDue = 0;
        // R30: measured from receipt, when the clock starts, not from opening.
        for (Object[] row : em.createQuery("SELECT e.receivedAt, e.closedAt, e.decisionDueAt FROM Enquiry e"
                        + " WHERE e.closedAt >= :start AND e.closedAt < :end", Object[].class)
                .setParameter("start", start).setParameter("end", end).getResultList()) {
            OffsetDateTime received = (OffsetDateTime) row[0];
            OffsetDateTime closed = (OffsetDateTime) row[1];
            OffsetDateTime due = (OffsetDateTime) row[2];
            toDecision.add(Duration.between(received, closed));
            if (due == null || !closed.isAfter(due)) {
                withinDue++;
            }
        }
        return HubDecisionTime.of(toDecision, withinDue);
    }
}
