package uk.imap.enquiry;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.Map;
import java.util.stream.Collectors;
import uk.imap.access.OutsideNeedToKnow;

/** Backs enquiry/detail.xhtml: one enquiry, within the caller's need to know. */
@Named
@ViewScoped
public class EnquiryDetail implements Serializable {

    @Inject
    Enquiries enquiries;

    @Inject
    ConcernCategories concernCategories;

    private String reference;
    private EnquiryView enquiry;
    private String concernNames;

    public void load() throws IOException {
        try {
            enquiry = enquiries.find(reference);
            Map<String, String> names = concernCategories.names();
            concernNames = enquiry.concernCategories().stream().map(code -> names.getOrDefault(code, code))
                    .collect(Collectors.joining(", "));
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

    /** The enquiry's concern categories by the names people read, or empty when none were recorded. */
    public String getConcernNames() {
        return concernNames;
    }

    public EnquiryView getEnquiry() {
        return enquiry;
    }
}
