package uk.imap.enquiry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import uk.imap.shared.DomainException;

/** Backs the manager's part of enquiry/detail.xhtml: handing over and assigning, with a reason (R16). */
@Named
@ViewScoped
public class EnquiryAssignment implements Serializable {

    @Inject
    Enquiries enquiries;

    @Inject
    EnquiryDetail detail;

    private AssignmentInput form = new AssignmentInput();

    public void apply() {
        try {
            enquiries.assign(detail.getReference(), form.parsedChange(), form.getUsername(), form.getReason());
            form.clearTyped();
            detail.refresh();
            String text = "Who works on the enquiry is changed.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse("assignment", refused);
        }
    }

    public Assignment[] getChanges() {
        return Assignment.values();
    }

    public AssignmentInput getForm() {
        return form;
    }
}
