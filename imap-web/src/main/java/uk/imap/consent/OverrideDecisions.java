package uk.imap.consent;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.shared.DomainException;
import uk.imap.shared.InvalidInput;

/** Backs overrides/pending.xhtml: overrides waiting for a four-eyes decision (R4). */
@Named
@ViewScoped
public class OverrideDecisions implements Serializable {

    @Inject
    ConsentOverrides overrides;

    private List<ConsentOverrideView> pending;
    private final Map<Long, String> reasons = new HashMap<>();

    public List<ConsentOverrideView> getPending() {
        if (pending == null) {
            pending = overrides.pending();
        }
        return pending;
    }

    public void decide(Long id, boolean approved) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            overrides.decide(id, approved, reasons.get(id));
            pending = null;
            String text = approved ? "The override is approved; agencies may now share under it."
                    : "The override is rejected.";
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
        } catch (InvalidInput invalid) {
            invalid.problems().forEach(p -> faces.addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), p.message())));
            faces.validationFailed();
        } catch (DomainException refused) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(),
                    refused.getMessage()));
            faces.validationFailed();
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
