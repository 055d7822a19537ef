package uk.imap.report;

/** R34: the orders an auditor may sort a search of the audit trail in, each done by the database. */
public enum AuditOrder {
    NEWEST_FIRST("Newest first", "a.position DESC"),
    OLDEST_FIRST("Oldest first", "a.position ASC"),
    BY_USER("By user, newest first", "a.actor ASC, a.position DESC"),
    BY_ACTION("By action, newest first", "a.action ASC, a.position DESC");

    private final String label;
    private final String orderBy;

    AuditOrder(String label, String orderBy) {
        this.label = label;
        this.orderBy = orderBy;
    }

    public String label() {
        return label;
    }

    /** The JPQL ORDER BY of the audit events, aliased {@code a}: always ends on a unique key, so pages never overlap. */
    public String orderBy() {
        return orderBy;
    }
}
