package uk.imap.enquiry;

/** The hub's view of the level of need. It does not gate sharing (R7). */
public enum Threshold {
    BELOW_THRESHOLD("Below threshold"),
    EARLY_HELP("Early help"),
    S17_CHILD_IN_NEED("Children Act 1989 s17: child in need"),
    S47_SIGNIFICANT_HARM("Children Act 1989 s47: significant harm");

    private final String label;

    Threshold(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
