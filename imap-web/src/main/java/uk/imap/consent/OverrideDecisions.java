package uk.imap.consent;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.imap.casefile.OverrideWaiting;
import uk.imap.sharing.Agencies;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/** Backs overrides/pending.xhtml: overrides waiting for a four-eyes decision (R4). */
@Named
@ViewScoped
public class OverrideDecisions implements Serializable {

    @Inject
    ConsentOverrides overrides;

    @Inject
    Agencies agencyList;

    /** A page of overrides to decide: enough to work through without scrolling past the rest. */
    static final int PAGE_SIZE = 10;

    private List<OverrideWaiting> pending;
    private final Map<Long, String> reasons = new HashMap<>();
    private final Map<Long, List<String>> agencies = new HashMap<>();
    private List<Agencies.Choice> agencyChoices;
    private int page;

    /** Every override waiting, oldest first. */
    public List<OverrideWaiting> getPending() {
        if (pending == null) {
            pending = overrides.waiting();
        }
        return pending;
    }

    /** The overrides on the page shown. */
    public List<OverrideWaiting> getShown() {
        List<OverrideWaiting> all = getPending();
        int from = Math.min(page * PAGE_SIZE, Math.max(0, (all.size() - 1) / PAGE_SIZE * PAGE_SIZE));
        return all.subList(from, Math.min(all.size(), from + PAGE_SIZE));
    }

    public int getPageNumber() {
        return Math.min(page, getPageCount() - 1) + 1;
    }

    public int getPageCount() {
        return Math.max(1, (getPending().size() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    public void next() {
        page = Math.min(page + 1, getPageCount() - 1);
    }

    public void previous() {
        page = Math.max(0, page - 1);
    }

    public void decide(Long id, boolean approved) {
        try {
            overrides.decide(id, approved, reasons.get(id), Set.copyOf(agencies.getOrDefault(id, List.of())));
            pending = null;
            String text = approved ? "The override is approved; agencies may now share under it."
                    : "The override is rejected.";
            Notices.inform(text);
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    /** R29: the agencies an approval covers, per override; none ticked covers every agency asked. */
    public Map<Long, List<String>> getAgencies() {
        return agencies;
    }

    public List<Agencies.Choice> getAgencyChoices() {
        if (agencyChoices == null) {
            agencyChoices = agencyList.active();
        }
        return agencyChoices;
    }

    public Map<Long, String> getReasons() {
        return reasons;
    }
}
