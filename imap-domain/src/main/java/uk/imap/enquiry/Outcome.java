package uk.imap.enquiry;

/** What the hub decided when it closed an enquiry. */
public enum Outcome {
    NO_FURTHER_ACTION("No further action",
            "The hub will take no further action: it found no need for children's services to be involved now."),
    EARLY_HELP("Early help", "The family will be offered early help."),
    S17_ASSESSMENT("Children Act 1989 s17 assessment",
            "Children's social care will assess what the child needs (a child in need assessment)."),
    S47_STRATEGY_DISCUSSION("Children Act 1989 s47 strategy discussion",
            "The agencies involved will meet to plan how to keep the child safe (a strategy discussion)."),
    REFERRAL_TO_ANOTHER_SERVICE("Referral to another service", "The hub has passed the concern to another service."),
    OTHER("Other", "The hub has decided what to do next.");

    private final String label;
    private final String toldToReferrer;

    Outcome(String label, String toldToReferrer) {
        this.label = label;
        this.toldToReferrer = toldToReferrer;
    }

    /** R32: the outcome in plain words for the professional who referred, with nothing of the case in it. */
    public String toldToReferrer() {
        return toldToReferrer;
    }

    public String label() {
        return label;
    }

    /** R29: an outcome that is itself a strategy discussion is recorded as one before the enquiry closes with it. */
    public boolean needsStrategyDiscussion() {
        return this == S47_STRATEGY_DISCUSSION;
    }
}
