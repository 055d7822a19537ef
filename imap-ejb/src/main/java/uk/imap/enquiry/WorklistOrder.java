package uk.imap.enquiry;

/** How a worklist is sorted, in the database. */
public enum WorklistOrder {
    /** Newest first. */
    NEWEST("Newest first", "e.createdAt DESC, e.id DESC"),
    /** The hub decision due soonest first, overdue work at the top, drafts among them (R30). */
    DUE_FIRST("Due soonest first", "CASE WHEN e.decisionDueAt IS NULL THEN 1 ELSE 0 END, e.decisionDueAt ASC, e.createdAt DESC, e.id DESC"),
    /** Red first, then amber, then green. */
    PRIORITY("Red first", "CASE e.priority WHEN uk.imap.enquiry.Priority.RED THEN 0 WHEN uk.imap.enquiry.Priority.AMBER THEN 1"
            + " ELSE 2 END, e.createdAt DESC, e.id DESC");

    private final String label;
    final String jpql;

    WorklistOrder(String label, String jpql) {
        this.label = label;
        this.jpql = jpql;
    }

    public String label() {
        return label;
    }
}
