package uk.imap.sharing;

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

/**
 * Backs agency/requests.xhtml: the requests addressed to the responder's agency, overdue first (R15, R16), a page
 * at a time: at a big council's size an agency has thousands out.
 */
@Named
@ViewScoped
public class AgencyRequestList implements Serializable {

    /** Rows a page of the table shows. */
    public static final int PAGE_SIZE = 25;

    @Inject
    InformationRequests informationRequests;

    private boolean all;
    // The first page, read with its total when the table asked for the total of a page opened afresh; taken by the
    // load that follows in the same request. Never kept in the session.
    private transient AgencyRequests opened;

    // The rows shown are read again when needed, never kept in the session (it is written out after every request).
    private transient LazyDataModel<AskedRequestView> requests;

    /** The table's rows: a page at a time from the database. */
    private final class Requests extends LazyDataModel<AskedRequestView> {

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            if (!FacesContext.getCurrentInstance().isPostback()) {
                // A page opened afresh shows the first rows: one call reads them and their total, not two.
                opened = read(0);
                return (int) opened.total();
            }
            return (int) informationRequests.forMyAgencySize(status(), false);
        }

        @Override
        public List<AskedRequestView> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                           Map<String, FilterMeta> filterBy) {
            AgencyRequests page = opened != null && first == 0 ? opened : read(first);
            opened = null;
            setRowCount((int) page.total());
            return page.requests();
        }

        @Override
        public String getRowKey(AskedRequestView request) {
            return String.valueOf(request.id());
        }

        @Override
        public AskedRequestView getRowData(String id) {
            return null;
        }
    }

    private AgencyRequests read(int first) {
        return informationRequests.forMyAgency(status(), false, first, PAGE_SIZE);
    }

    private RequestStatus status() {
        return all ? null : RequestStatus.SENT;
    }

    public LazyDataModel<AskedRequestView> getRequests() {
        if (requests == null) {
            requests = new Requests();
        }
        return requests;
    }

    public int getPageSize() {
        return PAGE_SIZE;
    }

    /** Whether answered and withdrawn requests are listed too. */
    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
