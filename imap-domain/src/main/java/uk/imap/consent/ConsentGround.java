package uk.imap.consent;

/** The grounds on which consent may be not sought (R3), worded as the agreement words them. */
public enum ConsentGround {
    RISK_OF_HARM("Seeking consent would place a person at increased risk of significant (child) or serious (adult) harm"),
    PREJUDICE_TO_CRIME_PREVENTION("Seeking consent would prejudice the prevention, detection or prosecution of a serious crime"),
    UNJUSTIFIED_DELAY("Seeking consent would cause unjustified delay in enquiries about significant or serious harm");

    private final String label;

    ConsentGround(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
