package uk.imap.sharing;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;

/** One request as typed on the enquiry page or sent to the API (API.md "Information request"). */
public class RequestInput implements Serializable {

    private String agency;
    private String purpose;
    private String necessity;
    private List<String> legalGateways = new ArrayList<>();
    private List<String> categories = new ArrayList<>();
    private String helpIfProvided;
    private String hindranceIfWithheld;

    public RequestInput() {
    }

    public RequestInput(String agency) {
        this.agency = agency;
    }

    /**
     * The request these fields describe; a category that is not a code of the list is added to {@code problems}
     * under {@code prefix}.
     */
    public RequestDetails toDetails(String prefix, List<FieldProblem> problems) {
        List<InformationCategory> parsed = new ArrayList<>();
        for (String category : categories == null ? List.<String>of() : categories) {
            InformationCategory code = Codes.parse(InformationCategory.class, category, prefix + "categories", problems);
            if (code != null) {
                parsed.add(code);
            }
        }
        return new RequestDetails(agency, purpose, necessity, legalGateways, parsed, helpIfProvided,
                hindranceIfWithheld);
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public String getNecessity() {
        return necessity;
    }

    public void setNecessity(String necessity) {
        this.necessity = necessity;
    }

    public List<String> getLegalGateways() {
        return legalGateways;
    }

    public void setLegalGateways(List<String> legalGateways) {
        this.legalGateways = legalGateways;
    }

    public List<String> getCategories() {
        return categories;
    }

    public void setCategories(List<String> categories) {
        this.categories = categories;
    }

    public String getHelpIfProvided() {
        return helpIfProvided;
    }

    public void setHelpIfProvided(String helpIfProvided) {
        this.helpIfProvided = helpIfProvided;
    }

    public String getHindranceIfWithheld() {
        return hindranceIfWithheld;
    }

    public void setHindranceIfWithheld(String hindranceIfWithheld) {
        this.hindranceIfWithheld = hindranceIfWithheld;
    }
}
