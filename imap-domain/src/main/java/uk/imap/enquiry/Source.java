package uk.imap.enquiry;

/** Who raised the concern. An anonymous enquiry has no referrer. */
public enum Source {
    PROFESSIONAL("A professional"),
    PUBLIC("A member of the public"),
    ANONYMOUS("Anonymous");

    private final String label;

    Source(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean hasReferrer() {
        return this != ANONYMOUS;
    }
}
