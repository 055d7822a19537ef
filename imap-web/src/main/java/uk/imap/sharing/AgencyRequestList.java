package uk.imap.sharing;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.web.ListPage;

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
    private final ListPage page = new ListPage(PAGE_SIZE);

    // The page shown and the page it was read for: read once however often a request asks for it. Never kept in the
    // session (it is written out after every request).
    private transient AgencyRequests shown;
    private transient int shownPage = -1;

    /** The requests of the page shown. */
    public List<AskedRequestView> getRequests() {
        return shown().requests();
    }

    /** "60 requests, page 2 of 3". */
    public String getPosition() {
        return page.position(shown().total(), "request", "requests");
    }

    public boolean isFirstPage() {
        return page.isFirst();
    }

    public boolean isLastPage() {
        return page.isLast(shown().total());
    }

    public void next() {
        page.next(shown().total());
    }

    public void previous() {
        page.previous();
    }

    private AgencyRequests shown() {
        if (shown == null || shownPage != page.index()) {
            shown = read();
            if (!page.within(shown.total())) {
                shown = read();
            }
            shownPage = page.index();
        }
        return shown;
    }

    private AgencyRequests read() {
        return informationRequests.forMyAgency(all ? null : RequestStatus.SENT, false, page.first(), PAGE_SIZE);
    }

    /** Whether answered and withdrawn requests are listed too. */
    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
