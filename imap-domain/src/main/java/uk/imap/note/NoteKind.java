package uk.imap.note;

/** What a case note records. */
public enum NoteKind {
    NOTE("Case note"),
    STRATEGY_DISCUSSION("Strategy discussion");

    private final String label;

    NoteKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
