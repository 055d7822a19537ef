package uk.imap.sharing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** An agency's answer as typed on the portal or sent to the API (API.md "Disclosure"). */
public class DisclosureInput implements Serializable {

    private String decision;
    private String reasons;
    private String consentBasis;
    private Long overrideId;
    private List<ItemInput> items = new ArrayList<>();
    private List<RetainedInput> retained = new ArrayList<>();
    private Map<String, Boolean> caldicott = new LinkedHashMap<>();
    private Long supersedes;
    private String correctionReason;

    /** One item shared. */
    public static class ItemInput implements Serializable {
        private String category;
        private String content;
        private String reliability;
        private String sensitivity;
        private String outsideRequestJustification;

        public String getCategory() {
            return category;
        }

        public void setCategory(String category) {
            this.category = category;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public String getReliability() {
            return reliability;
        }

        public void setReliability(String reliability) {
            this.reliability = reliability;
        }

        public String getSensitivity() {
            return sensitivity;
        }

        public void setSensitivity(String sensitivity) {
            this.sensitivity = sensitivity;
        }

        public String getOutsideRequestJustification() {
            return outsideRequestJustification;
        }

        public void setOutsideRequestJustification(String outsideRequestJustification) {
            this.outsideRequestJustification = outsideRequestJustification;
        }
    }

    /** One item held back. */
    public static class RetainedInput implements Serializable {
        private String description;
        private String reason;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    /**
     * The answer these fields describe.
     *
     * @throws InvalidInput naming each field whose text is not a code of its list
     */
    public DisclosureDetails toDetails() {
        List<FieldProblem> problems = new ArrayList<>();
        DisclosureDecision parsedDecision = Codes.parse(DisclosureDecision.class, decision, "decision", problems);
        ConsentBasis basis = Codes.parse(ConsentBasis.class, consentBasis, "consentBasis", problems);
        List<DisclosureDetails.ItemDetails> parsedItems = new ArrayList<>();
        List<ItemInput> givenItems = items == null ? List.of() : items;
        for (int i = 0; i < givenItems.size(); i++) {
            ItemInput item = givenItems.get(i);
            String prefix = "items[" + i + "].";
            parsedItems.add(new DisclosureDetails.ItemDetails(
                    Codes.parse(InformationCategory.class, item.category, prefix + "category", problems),
                    item.content, Codes.parse(Reliability.class, item.reliability, prefix + "reliability", problems),
                    Codes.parse(Sensitivity.class, item.sensitivity, prefix + "sensitivity", problems),
                    item.outsideRequestJustification));
        }
        Set<CaldicottPrinciple> confirmed = EnumSet.noneOf(CaldicottPrinciple.class);
        for (CaldicottPrinciple principle : CaldicottPrinciple.values()) {
            if (caldicott != null && Boolean.TRUE.equals(caldicott.get(principle.key()))) {
                confirmed.add(principle);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new DisclosureDetails(parsedDecision, reasons, basis, overrideId, parsedItems,
                (retained == null ? List.<RetainedInput>of() : retained).stream()
                        .map(r -> new DisclosureDetails.RetainedDetails(r.description, r.reason)).toList(),
                confirmed, supersedes, correctionReason);
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getConsentBasis() {
        return consentBasis;
    }

    public void setConsentBasis(String consentBasis) {
        this.consentBasis = consentBasis;
    }

    public Long getOverrideId() {
        return overrideId;
    }

    public void setOverrideId(Long overrideId) {
        this.overrideId = overrideId;
    }

    public List<ItemInput> getItems() {
        return items;
    }

    public void setItems(List<ItemInput> items) {
        this.items = items;
    }

    public List<RetainedInput> getRetained() {
        return retained;
    }

    public void setRetained(List<RetainedInput> retained) {
        this.retained = retained;
    }

    public Map<String, Boolean> getCaldicott() {
        return caldicott;
    }

    public void setCaldicott(Map<String, Boolean> caldicott) {
        this.caldicott = caldicott;
    }

    public Long getSupersedes() {
        return supersedes;
    }

    public void setSupersedes(Long supersedes) {
        this.supersedes = supersedes;
    }

    public String getCorrectionReason() {
        return correctionReason;
    }

    public void setCorrectionReason(String correctionReason) {
        this.correctionReason = correctionReason;
    }
}
