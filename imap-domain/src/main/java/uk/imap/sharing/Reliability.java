package uk.imap.sharing;

/** R12: how far a shared item can be relied on, shown wherever the item appears. */
public enum Reliability {
    VERIFIED("Verified", "Checked against a record or a first-hand source"),
    UNVERIFIED("Unverified", "Reported, not yet checked"),
    HEARSAY("Hearsay", "Second-hand: someone said that someone else said"),
    CONJECTURE("Conjecture", "An opinion or inference, not a fact");

    private final String label;
    private final String meaning;

    Reliability(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
