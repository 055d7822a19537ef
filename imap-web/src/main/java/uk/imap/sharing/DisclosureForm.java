package uk.imap.sharing;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.PageDenial;
import uk.imap.shared.DomainException;
import uk.imap.shared.NoSuchRecord;
import uk.imap.web.Notices;

/**
 * Backs agency/answer.xhtml: one request to the responder's agency and the answer to it (R11–R14), or a correction
 * of the answer in force. A refusal keeps everything typed and says what to change beside each field.
 */
@Named
@ViewScoped
public class DisclosureForm implements Serializable {

    @Inject
    InformationRequests informationRequests;

    @Inject
    Disclosures disclosures;

    @Inject
    Agencies agencies;

    private Long id;
    private AskedRequestView request;
    private DisclosureInput input;

    public void load() throws IOException {
        if (id == null) {
            // A link without its request number names no request: nothing to show, not a failure.
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "No request was named.");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        try {
            request = informationRequests.asked(id);
            input = blankAnswer();
        } catch (OutsideNeedToKnow denied) {
            PageDenial.alreadyRecorded(denied);
        } catch (NoSuchRecord missing) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, missing.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    private DisclosureInput blankAnswer() {
        DisclosureInput blank = new DisclosureInput();
        blank.getItems().add(new DisclosureInput.ItemInput());
        for (CaldicottPrinciple principle : CaldicottPrinciple.values()) {
            blank.getCaldicott().put(principle.key(), false);
        }
        ConsentBasis offered = ConsentBasis.offeredFor(request.consentKind(), !request.approvedOverrides().isEmpty());
        blank.setConsentBasis(offered == null ? null : offered.name());
        if (offered == ConsentBasis.OVERRIDE) {
            // The newest approved override of the refusal in force is what a share relies on.
            blank.setOverrideId(request.approvedOverrides().get(request.approvedOverrides().size() - 1));
        }
        DisclosureView current = request.currentDisclosure();
        blank.setSupersedes(current == null ? null : current.id());
        return blank;
    }

    public void send() {
        try {
            DisclosureInput sent = input;
            if (!DisclosureDecision.DECLINE.name().equals(sent.getDecision())) {
                sent.getItems().removeIf(DisclosureForm::untouched);
            }
            disclosures.disclose(id, sent.toDetails());
            request = informationRequests.asked(id);
            input = blankAnswer();
            Notices.inform("Your answer is sent to the hub.");
        } catch (DomainException refused) {
            if (input.getItems().isEmpty()) {
                input.getItems().add(new DisclosureInput.ItemInput());
            }
            Notices.refuse("answer", refused);
        }
    }

    // An empty row left on the form is not an item shared.
    private static boolean untouched(DisclosureInput.ItemInput item) {
        return blank(item.getCategory()) && blank(item.getContent()) && blank(item.getReliability())
                && blank(item.getSensitivity());
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public void addItem() {
        input.getItems().add(new DisclosureInput.ItemInput());
    }

    public void removeItem(int index) {
        input.getItems().remove(index);
    }

    public void addRetained() {
        input.getRetained().add(new DisclosureInput.RetainedInput());
    }

    public void removeRetained(int index) {
        input.getRetained().remove(index);
    }

    public String agencyName(String code) {
        return agencies.names().getOrDefault(code, code);
    }

    public String gatewayName(String code) {
        return agencies.gatewayNames().getOrDefault(code, code);
    }

    public boolean isConsentRefused() {
        return request != null && request.consentKind() != null && request.consentKind().needsOverrideToShare();
    }

    /** R4: consent was refused and an approved override allows sharing. */
    public boolean isOverridden() {
        return isConsentRefused() && !request.approvedOverrides().isEmpty();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public AskedRequestView getRequest() {
        return request;
    }

    public DisclosureInput getInput() {
        return input;
    }

    public DisclosureDecision[] getDecisions() {
        return DisclosureDecision.values();
    }

    public ConsentBasis[] getConsentBases() {
        return ConsentBasis.values();
    }

    public InformationCategory[] getCategories() {
        return InformationCategory.values();
    }

    public Reliability[] getReliabilities() {
        return Reliability.values();
    }

    public Sensitivity[] getSensitivities() {
        return Sensitivity.values();
    }

    public CaldicottPrinciple[] getPrinciples() {
        return CaldicottPrinciple.values();
    }
}
