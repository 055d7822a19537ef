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

    private String change = Assignment.ADD.name();
    private String username;
    private String reason;

    public void apply() {
        try {
            enquiries.assign(detail.getReference(), change == null ? null : Assignment.valueOf(change), username,
                    reason);
            username = null;
            reason = null;
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

    public String getChange() {
        return change;
    }

    public void setChange(String change) {
        this.change = change;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
