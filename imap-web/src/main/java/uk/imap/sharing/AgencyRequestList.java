package uk.imap.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs agency/requests.xhtml: the requests addressed to the responder's agency, overdue first (R15, R16). */
@Named
@RequestScoped
public class AgencyRequestList {

    @Inject
    InformationRequests informationRequests;

    private boolean all;
    private List<AskedRequestView> requests;

    public List<AskedRequestView> getRequests() {
        if (requests == null) {
            requests = informationRequests.forMyAgency(all ? null : RequestStatus.SENT, false);
        }
        return requests;
    }

    /** Whether answered and withdrawn requests are listed too. */
    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
