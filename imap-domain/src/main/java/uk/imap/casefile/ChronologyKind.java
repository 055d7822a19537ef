package uk.imap.casefile;

/** The kinds of significant event a chronology merges, each filterable on its own. */
public enum ChronologyKind {
    ENQUIRY("Enquiry"),
    CONSENT("Consent"),
    REQUEST("Request"),
    ANSWER("Answer"),
    ADVICE("Advice"),
    OVERRIDE("Override"),
    HANDOVER("Handover"),
    NOTE("Case note"),
    STRATEGY_DISCUSSION("Strategy discussion"),
    OUTCOME("Outcome");

    private final String label;

    ChronologyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
