package uk.imap.consent;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.enquiry.EnquiryDetail;
import uk.imap.enquiry.FieldMessages;
import uk.imap.shared.DomainException;
import uk.imap.shared.InvalidInput;

/** Backs the override part of enquiry/detail.xhtml: the public-interest case against a refusal (R4). */
@Named
@ViewScoped
public class EnquiryOverrides implements Serializable {

    @Inject
    ConsentOverrides overrides;

    @Inject
    EnquiryDetail detail;

    private List<ConsentOverrideView> list;
    private String justification;
    private String harmOfSharing;
    private String harmOfNotSharing;

    public List<ConsentOverrideView> getList() {
        if (list == null) {
            list = overrides.forEnquiry(detail.getReference());
        }
        return list;
    }

    public void request() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            overrides.request(detail.getReference(), new OverrideDetails(justification, harmOfSharing,
                    harmOfNotSharing));
            justification = null;
            harmOfSharing = null;
            harmOfNotSharing = null;
            list = null;
            String text = "The override is asked for: a manager or the Caldicott Guardian decides it.";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (InvalidInput invalid) {
            FieldMessages.show("override", invalid.problems());
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
            faces.validationFailed();
        }
    }

    public String getJustification() {
        return justification;
    }

    public void setJustification(String justification) {
        this.justification = justification;
    }

    public String getHarmOfSharing() {
        return harmOfSharing;
    }

    public void setHarmOfSharing(String harmOfSharing) {
        this.harmOfSharing = harmOfSharing;
    }

    public String getHarmOfNotSharing() {
        return harmOfNotSharing;
    }

    public void setHarmOfNotSharing(String harmOfNotSharing) {
        this.harmOfNotSharing = harmOfNotSharing;
    }
}
