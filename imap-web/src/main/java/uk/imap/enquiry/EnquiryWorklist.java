package uk.imap.enquiry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.casefile.EnquiryView;
import uk.imap.web.ListPage;

/**
 * Backs index.xhtml: the signed-in practitioner's or manager's worklist, a page at a time from the database,
 * filtered by status and overdue work and sorted there too.
 */
@Named
@ViewScoped
public class EnquiryWorklist implements Serializable {

    /** Rows a page of the table shows. */
    public static final int PAGE_SIZE = 25;

    @Inject
    Enquiries enquiries;

    private String status;
    private boolean overdueOnly;
    private String owner;
    private WorklistOrder order = WorklistOrder.DUE_FIRST;
    private final ListPage page = new ListPage(PAGE_SIZE);

    // The page shown, with what it was read for: read once however often a request asks for it, and again as soon as
    // the filters or the page change. Never kept in the session: the session is written out after every request, and
    // up to 25 worklists' rows in it made that most of a page's cost.
    private transient Shown shown;

    private record Shown(Query query, Worklist worklist) {
    }

    private record Query(EnquiryStatus status, boolean overdueOnly, String owner, WorklistOrder order, int page) {
    }

    /** The enquiries of the page shown. */
    public List<EnquiryView> getRows() {
        return worklist().enquiries();
    }

    /** "60 enquiries, page 2 of 3". */
    public String getPosition() {
        return page.position(worklist().total(), "enquiry", "enquiries");
    }

    public boolean isFirstPage() {
        return page.isFirst();
    }

    public boolean isLastPage() {
        return page.isLast(worklist().total());
    }

    /** The filters as chosen: the list from its first page. */
    public void show() {
        page.toFirst();
    }

    public void next() {
        page.next(worklist().total());
    }

    public void previous() {
        page.previous();
    }

    private Worklist worklist() {
        Query query = query();
        if (shown == null || !shown.query().equals(query)) {
            Worklist read = read(query);
            if (!page.within(read.total())) {
                query = query();
                read = read(query);
            }
            shown = new Shown(query, read);
        }
        return shown.worklist();
    }

    private Query query() {
        return new Query(status(), overdueOnly, owner(), order, page.index());
    }

    private Worklist read(Query query) {
        return enquiries.worklist(query.status(), query.overdueOnly(), query.owner(), query.order(), query.page(),
                PAGE_SIZE);
    }

    private String owner() {
        return owner == null || owner.isBlank() ? null : owner.strip();
    }

    /** R29: a manager narrows the list to one worker's enquiries, from the team's workload or typed here. */
    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    private EnquiryStatus status() {
        return status == null || status.isBlank() ? null : EnquiryStatus.valueOf(status);
    }

    public EnquiryStatus[] getStatuses() {
        return EnquiryStatus.values();
    }

    public WorklistOrder[] getOrders() {
        return WorklistOrder.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public boolean isOverdueOnly() {
        return overdueOnly;
    }

    public void setOverdueOnly(boolean overdueOnly) {
        this.overdueOnly = overdueOnly;
    }

    public WorklistOrder getOrder() {
        return order;
    }

    public void setOrder(WorklistOrder order) {
        this.order = order;
    }
}
