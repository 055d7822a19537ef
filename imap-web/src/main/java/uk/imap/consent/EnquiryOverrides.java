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

    private OverrideInput form = new OverrideInput();

    public List<ConsentOverrideView> getList() {
        return detail.getCaseFile() == null ? List.of() : detail.getCaseFile().overrides();
    }

    public void request() {
        try {
            overrides.request(detail.getReference(), form.toDetails());
            form = new OverrideInput();
            detail.refresh();
            String text = "The override is asked for: a manager or the Caldicott Guardian decides it.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse("override", refused);
        }
    }

    public OverrideInput getForm() {
        return form;
    }
}
