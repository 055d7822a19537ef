package uk.imap.sharing;

/** R11: what an agency decided to do with a request. */
public enum DisclosureDecision {
    SHARE_ALL("Share everything relevant"),
    SHARE_PART("Share part, retain the rest"),
    DECLINE("Decline to share");

    private final String label;

    DisclosureDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean shares() {
        return this != DECLINE;
    }
}
