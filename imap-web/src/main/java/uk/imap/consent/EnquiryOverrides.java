package uk.imap.consent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.enquiry.EnquiryDetail;
import uk.imap.enquiry.Notices;
import uk.imap.shared.DomainException;

/** Backs the override part of enquiry/detail.xhtml: the public-interest case against a refusal (R4). */
@Named
@ViewScoped
public class EnquiryOverrides implements Serializable {

    @Inject
    ConsentOverrides overrides;

    @Inject
    EnquiryDetail detail;

    private String justification;
    private String harmOfSharing;
    private String harmOfNotSharing;

    public List<ConsentOverrideView> getList() {
        return detail.getCaseFile() == null ? List.of() : detail.getCaseFile().overrides();
    }

    public void request() {
        try {
            overrides.request(detail.getReference(), new OverrideDetails(justification, harmOfSharing,
                    harmOfNotSharing));
            justification = null;
            harmOfSharing = null;
            harmOfNotSharing = null;
            detail.refresh();
            String text = "The override is asked for: a manager or the Caldicott Guardian decides it.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse("override", refused);
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
