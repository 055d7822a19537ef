package uk.imap.enquiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.Roles;
import uk.imap.access.control.SignedIn;
import uk.imap.access.control.StaffDirectory;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.casefile.EnquiryView;
import uk.imap.casefile.control.EnquiryReading;
import uk.imap.casefile.control.KeptViews;
import uk.imap.enquiry.control.FrontDoor;
import uk.imap.enquiry.control.KnownEnquiries;
import uk.imap.enquiry.control.NumberedParameters;
import uk.imap.enquiry.control.WithinNeedToKnow;
import uk.imap.note.NoteKind;
import uk.imap.referral.OnlineReferral;
import uk.imap.referral.ReferrerTold;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.RequestStatus;

/** The hub's enquiries: drafting at the front door, the caller's worklist, and one enquiry within need to know. */
@Stateless
public class Enquiries {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    KnownEnquiries known;

    @Inject
    FrontDoor frontDoor;

    @Inject
    Event<ReferrerTold> referrerTold;

    @Inject
    EnquiryReading reading;

    @Inject
    StaffDirectory staff;

    @Inject
    KeptViews keptViews;

    private final Clock clock = Clock.systemUTC();

    /**
     * Drafts an enquiry owned by the caller; its reference carries the hub's calendar year.
     *
     * @throws InvalidInput and creates nothing when the intake is incomplete (R22)
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public EnquiryView draft(Intake intake) {
        requireLinksKnown(intake);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Enquiry enquiry = frontDoor.draft(intake, signedIn.member(), now);
        auditTrail.record(AuditAction.ENQUIRY_CREATED, RecordType.ENQUIRY, enquiry.reference().value());
        return EnquiryView.of(enquiry, now);
    }

    /**
     * The caller's worklist: its own enquiries, and a manager's team's (R16).
     *
     * @param status      only enquiries in this status, or null for all
     * @param overdueOnly only enquiries whose hub decision is past due (R15)
     * @param order       how the database sorts the list
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public Worklist worklist(EnquiryStatus status, boolean overdueOnly, WorklistOrder order, int page, int size) {
        return worklist(status, overdueOnly, null, order, page, size);
    }

    /** As above, narrowed to the enquiries one person owns: a manager's look at one worker's list (R29). */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public Worklist worklist(EnquiryStatus status, boolean overdueOnly, String owner, WorklistOrder order, int page,
                             int size) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        // One need-to-know condition for the page and its total: the assigned enquiries are read once.
        WithinNeedToKnow within = WithinNeedToKnow.of(signedIn.member(), em);
        Map<Long, Long> versions = new LinkedHashMap<>();
        for (Object found : worklistQuery(within, "SELECT e.id, e.version FROM enquiry e", " ORDER BY " + order.sql
                + " OFFSET " + Math.multiplyExact(page, size) + " ROWS FETCH NEXT " + size + " ROWS ONLY", status,
                overdueOnly, owner, now).getResultList()) {
            Object[] row = (Object[]) found;
            versions.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
        }
        // Issue 16: each row from the enquiry's kept view where it has one at its present version; the rest read.
        Map<Long, EnquiryView> kept = keptViews.of(versions);
        Map<Long, EnquiryView> read = read(versions.keySet().stream().filter(id -> !kept.containsKey(id)).toList(),
                now);
        // An enquiry disposed of between the two statements is left out, not shown as nothing.
        List<EnquiryView> enquiries = versions.keySet().stream()
                .map(id -> kept.containsKey(id) ? kept.get(id).onWorklist(now) : read.get(id))
                .filter(Objects::nonNull).toList();
        if (KeptViews.COMPARED && !kept.isEmpty()) {
            Map<Long, EnquiryView> asBefore = read(List.copyOf(kept.keySet()), now);
            kept.forEach((id, view) -> KeptViews.requireSame(view.onWorklist(now), asBefore.get(id)));
        }
        auditTrail.record(AuditAction.WORKLIST_READ, null, null);
        return new Worklist(enquiries, page, size, count(within, status, overdueOnly, owner, now));
    }

    // Worklist rows read from the enquiries themselves, by id.
    private Map<Long, EnquiryView> read(List<Long> ids, OffsetDateTime now) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        TypedQuery<Enquiry> rows = em.createQuery("SELECT e FROM Enquiry e WHERE e.id IN :ids", Enquiry.class)
                .setParameter("ids", ids);
        // One query per collection for the whole page, not one per row.
        for (String collection : new String[] {"e.subjects", "e.consentDecisions", "e.consentDecisions.grounds",
                "e.consentDecisions.factors", "e.concernCategories"}) {
            rows.setHint("eclipselink.batch", collection);
        }
        // Read only: the commit need not compare each enquiry read with a copy of itself.
        rows.setHint("eclipselink.batch.type", "IN").setHint("eclipselink.read-only", "true");
        List<Enquiry> found = rows.getResultList();
        Map<Long, Long> overdueRequests = overdueRequestCounts(found, now);
        return found.stream().collect(Collectors.toMap(Enquiry::id,
                e -> EnquiryView.of(e, now, overdueRequests.getOrDefault(e.id(), 0L), null)));
    }

    // R15: overdue requests show on every worklist; one query for the whole page.
    private Map<Long, Long> overdueRequestCounts(List<Enquiry> page, OffsetDateTime now) {
        if (page.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT r.enquiry.id, COUNT(r) FROM InformationRequest r WHERE r.enquiry IN :page"
                        + " AND r.status = :sent AND r.dueAt < :now GROUP BY r.enquiry.id", Object[].class)
                .setParameter("page", page).setParameter("sent", RequestStatus.SENT).setParameter("now", now)
                .getResultStream().collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** How many enquiries the caller's worklist holds with these filters: a count, no case content. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public long worklistSize(EnquiryStatus status, boolean overdueOnly) {
        return count(WithinNeedToKnow.of(signedIn.member(), em), status, overdueOnly, null, OffsetDateTime.now(clock));
    }

    private long count(WithinNeedToKnow within, EnquiryStatus status, boolean overdueOnly, String owner,
                       OffsetDateTime now) {
        return ((Number) worklistQuery(within, "SELECT COUNT(*) FROM enquiry e", "", status, overdueOnly, owner, now)
                .getSingleResult()).longValue();
    }

    // In SQL: EclipseLink prepares JPQL afresh whenever a limit is set on it, at every look at a worklist.
    private Query worklistQuery(WithinNeedToKnow within, String select, String orderBy, EnquiryStatus status,
                                boolean overdueOnly, String owner, OffsetDateTime now) {
        NumberedParameters parameters = new NumberedParameters();
        StringBuilder where = new StringBuilder(" WHERE ").append(within.sqlCondition(parameters));
        if (status != null) {
            where.append(" AND e.status = ").append(parameters.of(status.name()));
        }
        if (owner != null) {
            where.append(" AND e.owner = ").append(parameters.of(owner));
        }
        if (overdueOnly) {
            where.append(" AND e.status IN (").append(parameters.ofEach(EnquiryStatus.awaitingDecision().stream()
                    .map(Enum::name).toList())).append(") AND e.decision_due_at < ").append(parameters.of(now));
        }
        return parameters.bound(em, select + where + orderBy);
    }

    /**
     * One enquiry with its subjects and current consent. A caller outside its need to know is refused and the
     * refusal audited (R16).
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.AUDITOR, Roles.ADMINISTRATOR})
    public EnquiryView find(String reference) {
        return reading.seen(reference);
    }

    /**
     * Corrects what intake recorded, from the copy read at {@code versionRead} (R21: a stale copy is refused).
     *
     * @throws uk.imap.shared.InvalidInput listing every problem; nothing changes then
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public EnquiryView revise(String reference, long versionRead, Intake intake) {
        Enquiry enquiry = known.forChange(reference);
        enquiry.expectVersion(versionRead);
        requireLinksKnown(intake);
        requireNoLinkWithin(enquiry, intake);
        OffsetDateTime now = OffsetDateTime.now(clock);
        enquiry.revise(intake, signedIn.member(), now, frontDoor.concernCategoryCodes(), frontDoor.decisionClock());
        em.flush();
        auditTrail.record(AuditAction.ENQUIRY_REVISED, RecordType.ENQUIRY, enquiry.reference().value());
        return EnquiryView.of(enquiry, now);
    }

    /**
     * Moves the enquiry on in its life cycle (R1 for leaving DRAFT, R15 for the decision due), from the copy read
     * at {@code versionRead}.
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public EnquiryView moveTo(String reference, long versionRead, EnquiryStatus next, Outcome outcome, String reasons) {
        return moveTo(reference, versionRead, next, outcome, reasons, null);
    }

    /** As above; closing also records the threshold view at the close, where one is given (R29). */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public EnquiryView moveTo(String reference, long versionRead, EnquiryStatus next, Outcome outcome, String reasons,
                              Threshold threshold) {
        Enquiry enquiry = known.forChange(reference);
        enquiry.expectVersion(versionRead);
        OffsetDateTime now = OffsetDateTime.now(clock);
        boolean discussed = em.createQuery("SELECT COUNT(n) FROM CaseNote n WHERE n.enquiryId = :enquiry"
                        + " AND n.kind = :kind", Long.class).setParameter("enquiry", enquiry.id())
                .setParameter("kind", NoteKind.STRATEGY_DISCUSSION).getSingleResult() > 0;
        enquiry.moveTo(next, new Closing(outcome, reasons, threshold, discussed), signedIn.member(), now);
        em.flush();
        if (next == EnquiryStatus.CLOSED) {
            // R32: a professional who referred online is told the outcome once the close commits.
            em.createQuery("SELECT r FROM OnlineReferral r WHERE r.enquiryId = :enquiry", OnlineReferral.class)
                    .setParameter("enquiry", enquiry.id()).getResultStream().findFirst()
                    .ifPresent(referral -> referrerTold.fire(new ReferrerTold(referral.referrerEmail(),
                            enquiry.reference().value(), enquiry.outcome())));
        }
        auditTrail.record(AuditAction.ENQUIRY_STATUS_CHANGED, RecordType.ENQUIRY, enquiry.reference().value());
        return EnquiryView.of(enquiry, now);
    }

    /**
     * A manager of the enquiry's team hands it over, or adds or removes a practitioner, with a reason (R16). The
     * person must exist in the identity store and work in the hub.
     */
    @RolesAllowed(Roles.MANAGER)
    public EnquiryView assign(String reference, Assignment change, String username, String reason) {
        Enquiry enquiry = known.forChange(reference);
        if (!NeedToKnow.of(signedIn.member()).managesTeamOf(enquiry)) {
            auditTrail.recordDenial(RecordType.ENQUIRY, enquiry.reference().value(), "not the team's manager");
            throw new OutsideNeedToKnow(enquiry.reference().value());
        }
        if (change != Assignment.REMOVE && username != null && !username.isBlank()) {
            boolean hubStaff = staff.find(username).map(m -> m.has(Roles.PRACTITIONER) || m.has(Roles.MANAGER))
                    .orElse(false);
            if (!hubStaff) {
                throw new InvalidInput("username", "Name a practitioner or manager of the hub by their user name");
            }
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        enquiry.assign(change, username, reason, signedIn.member(), now);
        em.flush();
        auditTrail.record(AuditAction.ASSIGNMENT_CHANGED, RecordType.ENQUIRY, enquiry.reference().value(),
                change + " " + username.strip() + ": " + reason.strip());
        return EnquiryView.of(enquiry, now);
    }

    /** R24: a person on an enquiry is never linked to themselves or to anyone else on the same enquiry. */
    private static void requireNoLinkWithin(Enquiry enquiry, Intake intake) {
        Set<Long> own = enquiry.subjects().stream().map(Subject::id).collect(Collectors.toSet());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < intake.subjects().size(); i++) {
            if (own.contains(intake.subjects().get(i).linkedSubjectId())) {
                problems.add(new FieldProblem("subjects[" + i + "].linkedSubjectId", "A person cannot be the same as"
                        + " someone on this enquiry: link only to a person on an earlier enquiry"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }

    /** R24 with R16: a person may be linked only to someone the caller may know of. */
    private void requireLinksKnown(Intake intake) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < intake.subjects().size(); i++) {
            Long linked = intake.subjects().get(i).linkedSubjectId();
            if (linked == null) {
                continue;
            }
            WithinNeedToKnow within = WithinNeedToKnow.of(signedIn.member(), em);
            if (within.bind(em.createQuery("SELECT COUNT(s) FROM Enquiry e JOIN e.subjects s WHERE s.id = :id AND "
                    + within.condition(), Long.class)).setParameter("id", linked).getSingleResult() == 0) {
                problems.add(new FieldProblem("subjects[" + i + "].linkedSubjectId",
                        "Link only to a person offered by the check of people already known"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
    }
}
