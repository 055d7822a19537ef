package uk.imap.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.imap.access.Roles;
import uk.imap.audit.AuditEventView;
import uk.imap.audit.control.AuditEventFilter;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.report.control.EnquiryRecords;
import uk.imap.report.control.ReportStamps;

/**
 * R34: the auditor's search of the whole audit trail, a page at a time, filtered, counted and sorted by the database
 * however long the trail; exports stamped with the chain head like every report. Each search is an audit event
 * naming the query, never case content.
 */
@Stateless
public class AuditSearch {

    public static final int PAGE_SIZE = 50;
    public static final int MOST_EXPORTED = 10_000;

    /**
     * One page of the events found, how many there are in all, and the stamp of the search. {@code upTo} is the
     * chain's head when the search was first made: turning pages stays within it, so the events appended meanwhile
     * (the search's own among them) do not shift the pages.
     */
    public record Found(List<AuditEventView> events, long total, int page, long upTo, ReportStamp stamp)
            implements Serializable {

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** An export's table and stamp. */
    public record Exported(ReportTable table, ReportStamp stamp) {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    ReportStamps stamps;

    @Inject
    EnquiryRecords enquiryRecords;

    @Inject
    AuditSequencer sequencer;

    /**
     * The page (from 0) of the events matching the query, in the order asked for, among the events up to position
     * {@code upTo}; null for a new search, up to the head now.
     */
    @RolesAllowed(Roles.AUDITOR)
    public Found page(AuditQuery query, AuditOrder order, int page, Long upTo) {
        if (upTo == null) {
            // A new search reaches the newest events: they are placed in the chain first.
            sequencer.placeWaiting();
        }
        long head = upTo != null ? upTo : em.createQuery("SELECT COALESCE(MAX(a.position), 0) FROM AuditEvent a",
                Long.class).getSingleResult();
        AuditEventFilter where = where(query).where("a.position <= :upTo", "upTo", head);
        long total = where.count(em);
        int last = (int) Math.max(0, (total - 1) / PAGE_SIZE);
        int shown = Math.max(0, Math.min(page, last));
        List<AuditEventView> events = where.events(em, order.orderBy(), shown * PAGE_SIZE, PAGE_SIZE);
        return new Found(events, total, shown, head, stamps.stamp("audit-search", ReportFormat.PAGE,
                query.describe()));
    }

    /** The events matching the query as a report, up to {@link #MOST_EXPORTED}. */
    @RolesAllowed(Roles.AUDITOR)
    public Exported export(AuditQuery query, AuditOrder order, ReportFormat format) {
        sequencer.placeWaiting();
        AuditEventFilter where = where(query);
        long total = where.count(em);
        List<List<String>> rows = where.events(em, order.orderBy(), 0, MOST_EXPORTED).stream()
                .map(AccessReport::row).toList();
        String title = "Audit trail search: " + query.describe() + (total > MOST_EXPORTED ? " (the first "
                + MOST_EXPORTED + " of " + total + " events; narrow the search for the rest)" : "");
        return new Exported(new ReportTable(title, AccessReport.HEADINGS, rows),
                stamps.stamp("audit-search", format, query.describe()));
    }

    private AuditEventFilter where(AuditQuery query) {
        AuditEventFilter where = new AuditEventFilter().where("a.actor = :user", "user", query.user());
        if (query.record() != null) {
            Map<String, List<String>> enquiry = enquiryRecords.of(query.record());
            if (enquiry.isEmpty()) {
                where.where("a.recordId = :record", "record", query.record());
            } else {
                where.ofRecords(enquiry);
            }
        }
        return where.where("a.action = :action", "action", query.action())
                .where("a.outcome = :outcome", "outcome", query.outcome())
                .period(query.period().start(), query.period().end());
    }
}
