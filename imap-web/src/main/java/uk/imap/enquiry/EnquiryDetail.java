package uk.imap.enquiry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import uk.imap.access.OutsideNeedToKnow;

/** Backs enquiry/detail.xhtml: one enquiry, within the caller's need to know. */
@Named
@ViewScoped
public class EnquiryDetail implements Serializable {

    @Inject
    Enquiries enquiries;

    private String reference;
    private EnquiryView enquiry;

    public void load() throws IOException {
        try {
            enquiry = enquiries.find(reference);
        } catch (OutsideNeedToKnow denied) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, denied.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        } catch (NoSuchEnquiry missing) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, missing.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public EnquiryView getEnquiry() {
        return enquiry;
    }
}
