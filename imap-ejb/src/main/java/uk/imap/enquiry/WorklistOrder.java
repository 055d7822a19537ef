package uk.imap.enquiry;

/** How a worklist is sorted, in the database. */
public enum WorklistOrder {
    /** Newest first. */
    NEWEST("Newest first", "e.created_at DESC, e.id DESC"),
    /** The hub decision due soonest first, overdue work at the top, drafts among them (R30). */
    DUE_FIRST("Due soonest first", "CASE WHEN e.decision_due_at IS NULL THEN 1 ELSE 0 END, e.decision_due_at ASC,"
            + " e.created_at DESC, e.id DESC"),
    /** Red first, then amber, then green. */
    PRIORITY("Red first", "CASE e.priority WHEN 'RED' THEN 0 WHEN 'AMBER' THEN 1 ELSE 2 END, e.created_at DESC,"
            + " e.id DESC");

    private final String label;
    /** The order in SQL, on the enquiry table aliased {@code e}. */
    final String sql;

    WorklistOrder(String label, String sql) {
        this.label = label;
        this.sql = sql;
    }

    public String label() {
        return label;
    }
}
