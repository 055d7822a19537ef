package uk.imap.consent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

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
        try {
            overrides.decide(id, approved, reasons.get(id));
            pending = null;
            String text = approved ? "The override is approved; agencies may now share under it."
                    : "The override is rejected.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
