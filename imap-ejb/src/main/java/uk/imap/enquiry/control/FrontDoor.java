package uk.imap.enquiry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.calendar.control.HubCalendar;
import uk.imap.enquiry.ConcernCategory;
import uk.imap.enquiry.DecisionClock;
import uk.imap.enquiry.DecisionTime;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;

/**
 * Where enquiries come in, whoever brings them (a practitioner at intake, a professional's online referral): the
 * reference numbered in the hub's calendar year, the concern categories in use, and the clock for the hub decision.
 * The caller checks who may draft and records the event.
 */
@ApplicationScoped
public class FrontDoor {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    HubCalendar calendar;

    /** Drafts and stores an enquiry owned by {@code owner}, in the owner's team. */
    public Enquiry draft(Intake intake, StaffMember owner, OffsetDateTime now) {
        int year = now.atZoneSameInstant(WorkingCalendar.HUB_ZONE).getYear();
        Enquiry enquiry = Enquiry.draft(() -> EnquiryReference.of(year, nextReferenceNumber()), intake, owner, now,
                concernCategoryCodes(), decisionClock());
        em.persist(enquiry);
        em.flush();
        return enquiry;
    }

    /** R30: the hours administrators set, counted on the hub's working days. */
    public DecisionClock decisionClock() {
        Map<Priority, Integer> hours = new EnumMap<>(Priority.class);
        em.createQuery("SELECT d FROM DecisionTime d", DecisionTime.class).getResultStream()
                .forEach(time -> hours.put(time.priority(), time.hours()));
        return new DecisionClock(calendar.workingCalendar(), hours);
    }

    /** The codes of the concern categories in use. */
    public Set<String> concernCategoryCodes() {
        return em.createQuery("SELECT c FROM ConcernCategory c WHERE c.active = TRUE", ConcernCategory.class)
                .getResultStream().map(ConcernCategory::code).collect(Collectors.toSet());
    }

    private long nextReferenceNumber() {
        return ((Number) em.createNativeQuery("SELECT nextval('enquiry_reference_seq')").getSingleResult()).longValue();
    }
}
