package uk.imap.sharing;

/** R13: how much harm the item does if it reaches the wrong person. */
public enum Sensitivity {
    STANDARD("Standard", "Ordinary personal data"),
    SENSITIVE("Sensitive", "Special-category data such as health, for example HIV status"),
    RESTRICTED("Restricted", "A person's life would be at risk if it became known");

    private final String label;
    private final String meaning;

    Sensitivity(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** R13: only the enquiry owner, its manager and the Caldicott Guardian see the content, and each view is audited. */
    public boolean isGuarded() {
        return this != STANDARD;
    }
}
