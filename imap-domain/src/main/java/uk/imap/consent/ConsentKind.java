package uk.imap.consent;

import java.util.Arrays;
import java.util.List;

/** The kinds of consent decision (R2), each with the short explanation from the agreement the form shows beside it. */
public enum ConsentKind {
    GRANTED("Consent given",
            "The person agreed after being told why, what, how and with whom information will be shared."),
    REFUSED("Consent refused",
            "The person said no. Sharing then needs a public-interest justification approved by a manager or the"
                    + " Caldicott Guardian, and the refusal stays visible beside every answer."),
    NOT_SOUGHT("Consent not sought",
            "Only where seeking it would increase the risk of significant or serious harm, prejudice the prevention"
                    + " or detection of serious crime, or cause unjustified delay. Reviewed while the enquiry is open."),
    IMPLIED_BY_SERVICE("Implied by a service's agreement",
            "Sharing is integral to a service the person agreed to, such as a referral to CAMHS. A poster, leaflet or"
                    + " privacy notice is not consent.");

    private final String label;
    private final String explanation;

    ConsentKind(String label, String explanation) {
        this.label = label;
        this.explanation = explanation;
    }

    public String label() {
        return label;
    }

    public String explanation() {
        return explanation;
    }

    /** R4: sharing under this decision needs an approved public-interest override. */
    public boolean needsOverrideToShare() {
        return this == REFUSED;
    }

    /** R6: consent not sought is reviewed while the enquiry stays open. */
    public boolean needsReview() {
        return this == NOT_SOUGHT;
    }

    /** The kinds that {@link #needsReview()}, for a query that looks only for them. */
    public static List<ConsentKind> reviewed() {
        return Arrays.stream(values()).filter(ConsentKind::needsReview).toList();
    }
}
