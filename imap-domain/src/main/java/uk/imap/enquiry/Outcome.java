package uk.imap.enquiry;

/** What the hub decided when it closed an enquiry. */
public enum Outcome {
    NO_FURTHER_ACTION("No further action"),
    EARLY_HELP("Early help"),
    S17_ASSESSMENT("Children Act 1989 s17 assessment"),
    S47_STRATEGY_DISCUSSION("Children Act 1989 s47 strategy discussion"),
    REFERRAL_TO_ANOTHER_SERVICE("Referral to another service"),
    OTHER("Other");

    private final String label;

    Outcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** R29: an outcome that is itself a strategy discussion is recorded as one before the enquiry closes with it. */
    public boolean needsStrategyDiscussion() {
        return this == S47_STRATEGY_DISCUSSION;
    }
}
