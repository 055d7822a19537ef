package uk.imap.consent;

/** Factors a decider weighed that are not grounds in themselves (R8). */
public enum ConsentFactor {
    CLOSED_ENVIRONMENT("The IMAP is a closed environment (a factor only: never on its own a ground for not seeking consent)");

    private final String label;

    ConsentFactor(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
