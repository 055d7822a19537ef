package uk.imap.enquiry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/** Backs the manager's part of enquiry/detail.xhtml: handing over and assigning, with a reason (R16). */
@Named
@ViewScoped
public class EnquiryAssignment implements Serializable {

    @Inject
    Enquiries enquiries;

    @Inject
    EnquiryDetail detail;

    @Inject
    Workloads workloads;

    private AssignmentInput form = new AssignmentInput();
    private List<String> teamWorkers;

    public void apply() {
        try {
            Assignment change = form.parsedChange();
            String username = form.getUsername();
            String reason = form.getReason();
            detail.change(() -> enquiries.assign(detail.getReference(), change, username, reason));
            form.clearTyped();
            String text = "Who works on the enquiry is changed.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse("assignment", refused);
        }
    }

    /** Colleagues to choose from when handing over or assigning (R29); typing another name still works. */
    public List<String> getTeamWorkers() {
        if (teamWorkers == null) {
            teamWorkers = workloads.workersOf(detail.getEnquiry().team());
        }
        return teamWorkers;
    }

    public Assignment[] getChanges() {
        return Assignment.values();
    }

    public AssignmentInput getForm() {
        return form;
    }
}
