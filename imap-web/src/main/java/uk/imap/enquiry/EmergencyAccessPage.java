package uk.imap.enquiry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.shared.DomainException;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.NoSuchRecord;
import uk.imap.web.FieldMessages;
import uk.imap.web.Notices;

/** Backs enquiry/emergency.xhtml: break-glass access to one enquiry, with the reason (R23). */
@Named
@ViewScoped
public class EmergencyAccessPage implements Serializable {

    @Inject
    EmergencyAccesses emergencyAccesses;

    private String reference;
    private String reason;

    public String grant() {
        try {
            emergencyAccesses.grant(reference == null ? null : reference.strip(), reason);
            return "/enquiry/detail?faces-redirect=true&reference=" + reference.strip();
        } catch (NoSuchRecord missing) {
            FieldMessages.show("emergency", List.of(new FieldProblem("reference", missing.getMessage())));
        } catch (DomainException refused) {
            Notices.refuse("emergency", refused);
        }
        return null;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
