package uk.imap.task;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditEvent;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.audit.control.AuditTrail;
import uk.imap.casefile.EnquiryView;
import uk.imap.casefile.control.KeptViews;
import uk.imap.consent.ConsentKind;
import uk.imap.consent.OverrideStatus;
import uk.imap.enquiry.Assignment;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.control.NumberedParameters;
import uk.imap.enquiry.control.WithinNeedToKnow;
import uk.imap.review.ReviewKind;
import uk.imap.sharing.RequestStatus;

/**
 * R29: the signed-in person's tasks, newest first, from what changed on the enquiries they work on and what waits for
 * their role. Only enquiries within need to know are looked at (R16); a task names a reference, never a person or
 * case content, so reading the list is one audit event (R18).
 */
@Stateless
public class Tasks {

    /** How far back "what changed" looks: a fortnight covers leave and rotas. */
    static final Duration RECENT = Duration.ofDays(14);

    /** A hub decision due within this is shown as due. */
    static final Duration DUE_SOON = Duration.ofHours(24);

    static final int MOST = 100;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    AuditSequencer sequencer;

    @Inject
    KeptViews keptViews;

    private final Clock clock = Clock.systemUTC();

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.AUDITOR, Roles.ADMINISTRATOR})
    public List<Task> mine() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<Task> tasks = collect(signedIn.member(), now);
        auditTrail.record(AuditAction.TASKS_READ, RecordType.PAGE, "tasks", tasks.size() + " task(s)");
        return firstOfEach(Task.newestFirst(tasks, now), now);
    }

    /** How many tasks wait, for the navigation: a number only, so nothing is read that needs an audit event. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.AUDITOR, Roles.ADMINISTRATOR})
    public int count() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        return firstOfEach(Task.newestFirst(collect(signedIn.member(), now), now), now).size();
    }

    /** At most {@link #MOST} of what happened and {@link #MOST} of what falls due: neither crowds out the other. */
    private static List<Task> firstOfEach(List<Task> ordered, OffsetDateTime now) {
        List<Task> happened = ordered.stream().filter(task -> !task.at().isAfter(now)).limit(MOST).toList();
        List<Task> due = ordered.stream().filter(task -> task.at().isAfter(now)).limit(MOST).toList();
        List<Task> shown = new ArrayList<>(happened);
        shown.addAll(due);
        return shown;
    }

    private List<Task> collect(StaffMember me, OffsetDateTime now) {
        OffsetDateTime since = now.minus(RECENT);
        List<Task> tasks = new ArrayList<>();
        if (me.has(Roles.PRACTITIONER) || me.has(Roles.MANAGER)) {
            ownWork(me, since, now, tasks);
        }
        if (me.has(Roles.MANAGER)) {
            teamWork(me, now, tasks);
        }
        if (me.has(Roles.MANAGER) || me.has(Roles.CALDICOTT_GUARDIAN)) {
            adviceAsked(me, tasks);
        }
        if (me.has(Roles.AGENCY_RESPONDER) && me.agency() != null) {
            agencyWork(me, since, now, tasks);
        }
        if (me.has(Roles.CALDICOTT_GUARDIAN)) {
            reviewsWaiting(tasks);
        }
        if (me.has(Roles.AUDITOR) || me.has(Roles.ADMINISTRATOR)) {
            // What these tasks read from the audit trail includes the last second.
            sequencer.placeWaiting();
        }
        if (me.has(Roles.AUDITOR)) {
            lastVerification(now, tasks);
        }
        if (me.has(Roles.ADMINISTRATOR)) {
            accountsAndLists(now, tasks);
        }
        return tasks;
    }

    // Each capped query takes the newest rows: on a hub with years of work, any other hundred would hide today's.
    // The capped ones are SQL: EclipseLink prepares JPQL afresh whenever a limit is set on it, at every visit to the
    // home page.
    private void ownWork(StaffMember me, OffsetDateTime since, OffsetDateTime now, List<Task> tasks) {
        WithinNeedToKnow mine = WithinNeedToKnow.ownedOrAssigned(me, em);
        NumberedParameters answered = new NumberedParameters();
        String condition = mine.sqlCondition(answered);
        rows("SELECT d.answered_at, r.agency, e.reference FROM disclosure d JOIN information_request r"
                + " ON r.id = d.information_request_id JOIN enquiry e ON e.id = r.enquiry_id WHERE " + condition
                + " AND d.answered_at >= " + answered.of(since) + " ORDER BY d.answered_at DESC", answered, MOST)
                .forEach(row -> tasks.add(new Task(TaskKind.ANSWER_ARRIVED, time(row[0]), (String) row[2],
                        row[1] + " answered on " + row[2], Task.enquiryPage((String) row[2]))));
        NumberedParameters advice = new NumberedParameters();
        rows("SELECT a.answered_at, e.reference FROM advice_request a JOIN enquiry e ON e.id = a.enquiry_id"
                + " WHERE a.asked_by = " + advice.of(me.username()) + " AND a.answered_at >= " + advice.of(since)
                + " ORDER BY a.answered_at DESC", advice, MOST)
                .forEach(row -> tasks.add(new Task(TaskKind.ADVICE_GIVEN, time(row[0]), (String) row[1],
                        "Advice given on your question about " + row[1], Task.enquiryPage((String) row[1]))));
        NumberedParameters given = new NumberedParameters();
        rows("SELECT c.changed_at, c.changed_by, c.change_made, e.reference FROM assignment_change c"
                + " JOIN enquiry e ON e.id = c.enquiry_id WHERE c.username = " + given.of(me.username())
                + " AND c.change_made IN (" + given.ofEach(List.of(Assignment.HAND_OVER.name(),
                Assignment.ADD.name())) + ") AND c.changed_at >= " + given.of(since)
                + " ORDER BY c.changed_at DESC", given, MOST)
                .forEach(row -> tasks.add(new Task(TaskKind.HANDED_TO_ME, time(row[0]), (String) row[3],
                        (Assignment.valueOf((String) row[2]) == Assignment.HAND_OVER ? "Handed to you by "
                                : "You were added by ") + row[1] + " on " + row[3],
                        Task.enquiryPage((String) row[3]))));
        NumberedParameters decided = new NumberedParameters();
        rows("SELECT o.decided_at, o.status, e.reference FROM consent_override o JOIN enquiry e"
                + " ON e.id = o.enquiry_id WHERE o.requested_by = " + decided.of(me.username())
                + " AND o.decided_at >= " + decided.of(since) + " ORDER BY o.decided_at DESC", decided, MOST)
                .forEach(row -> tasks.add(new Task(TaskKind.OVERRIDE_DECIDED, time(row[0]), (String) row[2],
                        "Your override on " + row[2] + " is "
                        + OverrideStatus.valueOf((String) row[1]).label().toLowerCase(),
                        Task.enquiryPage((String) row[2]))));
        caseload(mine, now, tasks);
    }

    // A caseload, newest first: a practitioner's open work, not the hub's. Only enquiries that may give a task are
    // looked at (due soon, or consent of a kind that is reviewed): the domain decides below, but a caseload of
    // hundreds is not read on every visit to the home page. Issue 16: each from its kept view where it has one at its
    // present version, the rest read with their consent decisions in one query.
    private void caseload(WithinNeedToKnow mine, OffsetDateTime now, List<Task> tasks) {
        NumberedParameters parameters = new NumberedParameters();
        String condition = mine.sqlCondition(parameters);
        String undecided = parameters.ofEach(EnquiryStatus.awaitingDecision().stream().map(Enum::name).toList());
        String soon = parameters.of(now.plus(DUE_SOON));
        String reviewed = parameters.ofEach(ConsentKind.reviewed().stream().map(Enum::name).toList());
        Map<Long, Long> versions = new LinkedHashMap<>();
        rows("SELECT e.id, e.version FROM enquiry e WHERE " + condition + " AND e.status IN (" + undecided + ")"
                + " AND (e.decision_due_at < " + soon + " OR EXISTS (SELECT 1 FROM consent_decision c"
                + " WHERE c.enquiry_id = e.id AND c.kind IN (" + reviewed + "))) ORDER BY e.created_at DESC",
                parameters, MOST * 5)
                .forEach(row -> versions.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
        Map<Long, EnquiryView> kept = keptViews.of(versions);
        Map<Long, List<Task>> read = read(versions.keySet().stream().filter(id -> !kept.containsKey(id)).toList(),
                now);
        // An enquiry disposed of between the two statements gives no task.
        versions.keySet().forEach(id -> tasks.addAll(kept.containsKey(id) ? tasksOf(kept.get(id), now)
                : read.getOrDefault(id, List.of())));
        if (KeptViews.COMPARED && !kept.isEmpty()) {
            Map<Long, List<Task>> asBefore = read(List.copyOf(kept.keySet()), now);
            kept.forEach((id, view) -> {
                if (!tasksOf(view, now).equals(asBefore.get(id))) {
                    throw new IllegalStateException("The kept view of " + view.reference()
                            + " gives other tasks than the enquiry as read");
                }
            });
        }
    }

    // The first {@code most} rows of a statement.
    private List<Object[]> rows(String sql, NumberedParameters parameters, int most) {
        return ((List<?>) parameters.bound(em, sql + " FETCH FIRST " + most + " ROWS ONLY").getResultList()).stream()
                .map(Object[].class::cast).toList();
    }

    // A time as a plain statement gives it, which depends on the database's driver: as the entities' type or as a JDBC
    // timestamp. In UTC, as the application writes every time.
    static OffsetDateTime time(Object column) {
        if (column instanceof OffsetDateTime time) {
            return time;
        }
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("Not a time: " + (column == null ? null : column.getClass()));
    }

    private Map<Long, List<Task>> read(List<Long> ids, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT e FROM Enquiry e WHERE e.id IN :ids", Enquiry.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "e.consentDecisions").setHint("eclipselink.batch.type", "IN")
                .setHint("eclipselink.read-only", "true").getResultStream()
                .collect(Collectors.toMap(Enquiry::id, enquiry -> tasksOf(enquiry.reference().value(),
                        enquiry.status(), enquiry.needsConsentReview(), enquiry.needsConsentReview()
                                ? enquiry.currentConsent().decidedAt() : null, enquiry.decisionDueAt(), now)));
    }

    private static List<Task> tasksOf(EnquiryView kept, OffsetDateTime now) {
        return tasksOf(kept.reference(), kept.status(), kept.reviewFlag(),
                kept.reviewFlag() ? kept.consent().decidedAt() : null, kept.decisionDueAt(), now);
    }

    private static List<Task> tasksOf(String reference, EnquiryStatus status, boolean consentToReview,
                                      OffsetDateTime consentDecidedAt, OffsetDateTime decisionDueAt,
                                      OffsetDateTime now) {
        List<Task> tasks = new ArrayList<>();
        if (consentToReview) {
            tasks.add(new Task(TaskKind.CONSENT_TO_REVIEW, consentDecidedAt, reference,
                    "Consent was not sought on " + reference + ": review whether it can be now",
                    Task.enquiryPage(reference)));
        }
        if (Enquiry.isDecisionOverdue(status, decisionDueAt, now)) {
            tasks.add(new Task(TaskKind.DECISION_OVERDUE, decisionDueAt, reference,
                    "The hub decision on " + reference + " is overdue", Task.enquiryPage(reference)));
        } else if (decisionDueAt != null && decisionDueAt.isBefore(now.plus(DUE_SOON))) {
            tasks.add(new Task(TaskKind.DECISION_DUE, decisionDueAt, reference,
                    "The hub decision on " + reference + " is due", Task.enquiryPage(reference)));
        }
        return tasks;
    }

    private void teamWork(StaffMember me, OffsetDateTime now, List<Task> tasks) {
        if (me.teams().isEmpty()) {
            return;
        }
        NumberedParameters pending = new NumberedParameters();
        rows("SELECT o.requested_at, o.requested_by, e.reference FROM consent_override o JOIN enquiry e"
                + " ON e.id = o.enquiry_id WHERE o.status = " + pending.of(OverrideStatus.PENDING.name())
                + " AND e.team IN (" + pending.ofEach(me.teams()) + ") AND o.requested_by <> "
                + pending.of(me.username()) + " ORDER BY o.requested_at", pending, MOST)
                .forEach(row -> tasks.add(new Task(TaskKind.APPROVAL_WAITING, time(row[0]), (String) row[2],
                        row[1] + " asks for an override on " + row[2], "overrides/pending.xhtml")));
        List<OffsetDateTime> overdue = em.createQuery("SELECT e.decisionDueAt FROM Enquiry e WHERE e.team IN :teams"
                        + " AND e.status IN :undecided AND e.decisionDueAt < :now ORDER BY e.decisionDueAt",
                        OffsetDateTime.class).setParameter("teams", me.teams())
                .setParameter("undecided", EnquiryStatus.awaitingDecision())
                .setParameter("now", now).getResultList();
        if (!overdue.isEmpty()) {
            tasks.add(new Task(TaskKind.TEAM_OVERDUE, overdue.get(0), null, overdue.size()
                    + " of the team's enquiries are past their hub decision due time", "index.xhtml"));
        }
    }

    private void adviceAsked(StaffMember me, List<Task> tasks) {
        List<String> roles = new ArrayList<>();
        if (me.has(Roles.MANAGER)) {
            roles.add(Roles.MANAGER);
        }
        if (me.has(Roles.CALDICOTT_GUARDIAN)) {
            roles.add(Roles.CALDICOTT_GUARDIAN);
        }
        NumberedParameters asked = new NumberedParameters();
        rows("SELECT a.asked_at, a.id FROM advice_request a WHERE a.advisor_role IN (" + asked.ofEach(roles) + ")"
                + " AND a.answered_at IS NULL AND a.asked_by <> " + asked.of(me.username())
                + " ORDER BY a.asked_at DESC", asked, MOST)
                .forEach(row -> tasks.add(new Task(TaskKind.ADVICE_ASKED, time(row[0]), null,
                        "A question waits for your advice (number " + ((Number) row[1]).longValue() + ")",
                        "advice.xhtml")));
    }

    private void agencyWork(StaffMember me, OffsetDateTime since, OffsetDateTime now, List<Task> tasks) {
        // Dated when the request arrived, newest first: a new request is what changed; its due time is in the words.
        NumberedParameters open = new NumberedParameters();
        rows("SELECT r.id, r.sent_at, r.due_at, e.reference FROM information_request r JOIN enquiry e"
                + " ON e.id = r.enquiry_id WHERE r.agency = " + open.of(me.agency()) + " AND r.status = "
                + open.of(RequestStatus.SENT.name()) + " ORDER BY r.sent_at DESC", open, MOST)
                .forEach(row -> {
                    long request = ((Number) row[0]).longValue();
                    tasks.add(new Task(TaskKind.REQUEST_DUE, time(row[1]), (String) row[3], "Request " + request
                            + " on " + row[3] + (time(row[2]).isBefore(now) ? " is overdue" : " is due"),
                            "agency/answer.xhtml?id=" + request));
                });
        NumberedParameters approved = new NumberedParameters();
        rows("SELECT o.decided_at, r.id, e.reference FROM consent_override o JOIN information_request r"
                + " ON r.enquiry_id = o.enquiry_id JOIN enquiry e ON e.id = r.enquiry_id WHERE r.agency = "
                + approved.of(me.agency()) + " AND r.status = " + approved.of(RequestStatus.SENT.name())
                + " AND o.status = " + approved.of(OverrideStatus.APPROVED.name()) + " AND o.decided_at >= "
                + approved.of(since) + " ORDER BY o.decided_at DESC", approved, MOST)
                .forEach(row -> {
                    long request = ((Number) row[1]).longValue();
                    tasks.add(new Task(TaskKind.OVERRIDE_APPROVED, time(row[0]), (String) row[2], "An override on "
                            + row[2] + " now lets you share for request " + request,
                            "agency/answer.xhtml?id=" + request));
                });
    }

    private void reviewsWaiting(List<Task> tasks) {
        em.createQuery("SELECT r.kind, COUNT(r), MIN(r.raisedAt) FROM Review r WHERE r.verdict IS NULL"
                        + " GROUP BY r.kind", Object[].class).getResultList()
                .forEach(row -> tasks.add(new Task(TaskKind.REVIEWS_WAITING, (OffsetDateTime) row[2], null,
                        row[1] + " waiting: " + ((ReviewKind) row[0]).label(), "reviews.xhtml")));
    }

    private void lastVerification(OffsetDateTime now, List<Task> tasks) {
        List<AuditEvent> last = em.createQuery("SELECT a FROM AuditEvent a WHERE a.action = :verified"
                        + " ORDER BY a.position DESC", AuditEvent.class)
                .setParameter("verified", AuditAction.AUDIT_CHAIN_VERIFIED).setMaxResults(1).getResultList();
        if (last.isEmpty()) {
            tasks.add(new Task(TaskKind.LAST_VERIFICATION, now, null, "The audit trail has never been verified",
                    "reports/audit.xhtml"));
        } else {
            AuditEvent event = last.get(0);
            long days = Duration.between(event.occurredAt(), now).toDays();
            tasks.add(new Task(TaskKind.LAST_VERIFICATION, event.occurredAt(), null, "Last verified by "
                    + event.actor() + (days == 0 ? " today" : " " + days + " day(s) ago"), "reports/audit.xhtml"));
        }
    }

    private void accountsAndLists(OffsetDateTime now, List<Task> tasks) {
        List<Object[]> locked = em.createQuery("SELECT COUNT(a), MAX(a.occurredAt) FROM AuditEvent a"
                        + " WHERE a.action = :locked AND a.occurredAt >= :since", Object[].class)
                .setParameter("locked", AuditAction.SIGN_IN_LOCKED_OUT).setParameter("since", now.minusDays(1))
                .getResultList();
        if (!locked.isEmpty() && ((Number) locked.get(0)[0]).longValue() > 0) {
            tasks.add(new Task(TaskKind.SIGN_INS_LOCKED, (OffsetDateTime) locked.get(0)[1], null,
                    locked.get(0)[0] + " sign-in(s) refused in the last day for too many failed passwords",
                    "admin/users.xhtml"));
        }
        em.createQuery("SELECT a.code FROM Agency a WHERE a.active = TRUE AND a.sharedMailbox IS NULL",
                        String.class).getResultList()
                .forEach(code -> tasks.add(new Task(TaskKind.MAILBOX_MISSING, now, null, "Agency " + code
                        + " has no shared mailbox: its requests are not mailed", "admin/lists.xhtml")));
    }
}
