package uk.imap.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditEventView;
import uk.imap.audit.AuditOutcome;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.shared.DomainException;
import uk.imap.web.DateBoxes;
import uk.imap.web.Notices;

/** Backs reports/audit-search.xhtml: the auditor's search of the audit trail, a page at a time (R34). */
@Named
@ViewScoped
public class AuditSearchPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditSearch search;

    private String user;
    private String record;
    private AuditAction action;
    private AuditOutcome outcome;
    private DateBoxes from = new DateBoxes();
    private DateBoxes to = new DateBoxes();
    private AuditOrder order = AuditOrder.NEWEST_FIRST;
    private AuditQuery searched;
    private AuditSearch.Found found;

    public void search() {
        try {
            searched = new AuditQuery(user, record, action, outcome, DateBoxes.period(from, to));
            found = search.page(searched, order, 0, null);
        } catch (DomainException refused) {
            Notices.refuse("search", refused);
        }
    }

    public void next() {
        turnTo(found.page() + 1);
    }

    public void previous() {
        turnTo(found.page() - 1);
    }

    private void turnTo(int page) {
        if (searched != null) {
            found = search.page(searched, order, page, found.upTo());
        }
    }

    public void download(String format) throws IOException {
        if (searched == null) {
            search();
        }
        if (searched != null) {
            ReportFormat chosen = ReportFormat.valueOf(format);
            AuditSearch.Exported exported = search.export(searched, order, chosen);
            ReportDownload.send("audit-search", chosen, "IMAP audit trail search", searched.period().text(),
                    exported.stamp(), List.of(exported.table()));
        }
    }

    /** "Page 2 of 37: 1,834 events." */
    public String getPosition() {
        if (found == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        return "Page " + number.format(found.page() + 1L) + " of " + number.format(found.pages()) + ": "
                + number.format(found.total()) + (found.total() == 1 ? " event" : " events") + " ("
                + searched.describe() + ").";
    }

    public boolean isFirstPage() {
        return found == null || found.page() == 0;
    }

    public boolean isLastPage() {
        return found == null || found.page() + 1 >= found.pages();
    }

    public List<AuditEventView> getEvents() {
        return found == null ? List.of() : found.events();
    }

    public ReportStamp getStamp() {
        return found == null ? null : found.stamp();
    }

    public String when(OffsetDateTime at) {
        return WorkingCalendar.dayAndTime(at);
    }

    public AuditAction[] getActions() {
        return AuditAction.values();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    public AuditOrder[] getOrders() {
        return AuditOrder.values();
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public AuditAction getAction() {
        return action;
    }

    public void setAction(AuditAction action) {
        this.action = action;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public DateBoxes getFrom() {
        return from;
    }

    public void setFrom(DateBoxes from) {
        this.from = from;
    }

    public DateBoxes getTo() {
        return to;
    }

    public void setTo(DateBoxes to) {
        this.to = to;
    }

    public AuditOrder getOrder() {
        return order;
    }

    public void setOrder(AuditOrder order) {
        this.order = order;
    }
}
