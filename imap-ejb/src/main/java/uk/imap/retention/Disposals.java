package uk.imap.retention;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.enquiry.Disposal;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Outcome;
import uk.imap.retention.control.EnquiryErasure;
import uk.imap.retention.control.RetainedEnquiries;

/**
 * R33: the disposal list: closed enquiries past their retention and under no legal hold, for the Caldicott Guardian
 * (every team) or a manager (their own teams) to decide on. Nothing leaves the list by itself: an enquiry on it stays
 * until a person decides, and a hold takes it off.
 */
@Stateless
public class Disposals {

    static final int MAX_ROWS = 500;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @Inject
    RetentionScheduleSettings settings;

    @Inject
    RetainedEnquiries retained;

    @Inject
    EnquiryErasure erasure;

    @Inject
    LegalHolds holds;

    private final Clock clock = Clock.system(WorkingCalendar.HUB_ZONE);

    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public List<PastRetention> due() {
        RetentionSchedule schedule = settings.schedule();
        LocalDate today = LocalDate.now(clock);
        StaffMember me = signedIn.member();
        boolean everyTeam = me.has(Roles.CALDICOTT_GUARDIAN);
        List<PastRetention> due = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            TypedQuery<Enquiry> query = em.createQuery("SELECT e FROM Enquiry e WHERE e.status = :closed"
                    + " AND e.outcome = :outcome AND e.closedAt < :before AND e.disposal.disposedAt IS NULL"
                    + (everyTeam ? "" : " AND e.team IN :teams")
                    + " AND NOT EXISTS (SELECT h FROM LegalHold h WHERE h.enquiryId = e.id AND h.liftedAt IS NULL)"
                    + " ORDER BY e.closedAt", Enquiry.class)
                    .setParameter("closed", EnquiryStatus.CLOSED).setParameter("outcome", outcome)
                    .setParameter("before", schedule.closedBefore(outcome, today)).setMaxResults(MAX_ROWS);
            if (!everyTeam) {
                if (me.teams().isEmpty()) {
                    continue;
                }
                query.setParameter("teams", me.teams());
            }
            query.getResultStream()
                    .filter(e -> schedule.pastRetention(outcome, e.closedAt(), today))
                    .map(e -> new PastRetention(e.reference().value(), e.team(), outcome, e.closedAt(),
                            schedule.keptUntil(outcome, e.closedAt()), schedule.periodFor(outcome)))
                    .forEach(due::add);
        }
        due.sort(Comparator.comparing(PastRetention::keptUntil).thenComparing(PastRetention::reference));
        List<PastRetention> shown = due.size() > MAX_ROWS ? due.subList(0, MAX_ROWS) : due;
        auditTrail.record(AuditAction.DISPOSALS_READ, null, null, shown.size() + " enquiries past retention");
        return List.copyOf(shown);
    }

    /**
     * R33: disposes of one enquiry past its retention and under no hold, as the signed-in manager of its team or the
     * Caldicott Guardian confirms: its personal content is erased from every table and a tombstone stays. The audit
     * event names the schedule entry used. Anything not due is refused and nothing changes.
     */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public Tombstone confirm(String reference) {
        Enquiry enquiry = retained.decidedBySignedIn(reference, "disposal");
        boolean held = retained.holdOn(enquiry).isPresent();
        Disposal disposal = settings.schedule().disposalOf(enquiry, held, signedIn.member(),
                OffsetDateTime.now(clock));
        erasure.erase(enquiry.reference().value(), enquiry.id());
        enquiry.dispose(disposal, signedIn.member());
        em.flush();
        auditTrail.record(AuditAction.ENQUIRY_DISPOSED, RecordType.ENQUIRY, enquiry.reference().value(),
                enquiry.outcome() + " " + disposal.scheduleEntry());
        return Tombstone.of(enquiry);
    }

    /** R33: keeps an enquiry on the list from being disposed of: a legal hold with its reason. */
    @RolesAllowed({Roles.MANAGER, Roles.CALDICOTT_GUARDIAN})
    public LegalHolds.Hold hold(String reference, String reason) {
        return holds.place(reference, reason);
    }
}
