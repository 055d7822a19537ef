package uk.imap.sharing;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs requests/overdue.xhtml: where a manager escalates requests past their due time (R15). */
@Named
@RequestScoped
public class OverdueRequestList {

    @Inject
    InformationRequests informationRequests;

    private List<RequestView> requests;

    public List<RequestView> getRequests() {
        if (requests == null) {
            requests = informationRequests.overdue();
        }
        return requests;
    }
}
