package uk.imap.enquiry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import uk.imap.casefile.EnquiryView;

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
    // The first page, read with its total when the table asked for the total of a page opened afresh; taken by the
    // load that follows in the same request. Never kept in the session.
    private transient Worklist opened;

    // The rows shown are read again when needed, never kept in the session: the session is written out after every
    // request, and up to 25 worklists' rows in it made that most of a page's cost.
    private transient LazyDataModel<EnquiryView> rows;

    /** The table's rows: a page at a time from the database. */
    private final class Rows extends LazyDataModel<EnquiryView> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (!FacesContext.getCurrentInstance().isPostback()) {
                // A page opened afresh shows the first rows: one call reads them and their total, not two.
                opened = enquiries.worklist(status(), overdueOnly, owner(), order, 0, PAGE_SIZE);
                return (int) opened.total();
            }
            return (int) enquiries.worklistSize(status(), overdueOnly, owner());
        }

        @Override
        public List<EnquiryView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                      Map<String, FilterMeta> filterBy) {
            Worklist page = opened != null && first == 0 && pageSize == PAGE_SIZE ? opened
                    : enquiries.worklist(status(), overdueOnly, owner(), order, first / pageSize, pageSize);
            opened = null;
            setRowCount((int) page.total());
            return page.enquiries();
        }

        @Override
        public String getRowKey(EnquiryView enquiry) {
            return enquiry.reference();
        }

        @Override
        public EnquiryView getRowData(String reference) {
            return null;
        }
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

    public int getPageSize() {
        return PAGE_SIZE;
    }

    public LazyDataModel<EnquiryView> getRows() {
        if (rows == null) {
            rows = new Rows();
        }
        return rows;
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
