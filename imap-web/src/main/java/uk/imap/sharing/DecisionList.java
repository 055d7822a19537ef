package uk.imap.sharing;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.PageDenial;
import uk.imap.shared.NoSuchRecord;

/** Backs enquiry/decisions.xhtml: every decision to share or not about one enquiry. */
@Named
@ViewScoped
public class DecisionList implements Serializable {

    @Inject
    Decisions decisionsBoundary;

    private String reference;
    private List<DecisionRecord> decisions;

    public void load() throws IOException {
        try {
            decisions = decisionsBoundary.forEnquiry(reference);
        } catch (OutsideNeedToKnow denied) {
            PageDenial.alreadyRecorded(denied);
        } catch (NoSuchRecord missing) {
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

    public List<DecisionRecord> getDecisions() {
        return decisions;
    }
}
