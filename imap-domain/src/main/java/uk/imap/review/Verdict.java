package uk.imap.review;

/** The Caldicott Guardian's verdict on a queued item. */
public enum Verdict {
    ACCEPTED("Accepted: proportionate and justified"),
    CONCERN("Concern: raised with the manager"),
    MISUSE("Misuse of emergency access: flagged to the manager");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
