package uk.imap.enquiry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.consent.ConsentOverrideView;
import uk.imap.consent.ConsentOverrides;
import uk.imap.consent.OverrideDetails;
import uk.imap.consent.OverrideInput;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

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
            OverrideDetails details = form.toDetails();
            detail.change(() -> overrides.request(detail.getReference(), details));
            form = new OverrideInput();
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
