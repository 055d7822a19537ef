package uk.imap.referral;

import uk.imap.enquiry.Priority;

/** How soon the referrer thinks the hub must act, as the form asks it; the hub's RAG priority follows from it. */
public enum Urgency {
    TODAY("Today: the child may be at risk of harm", Priority.RED),
    WITHIN_A_DAY("Within a working day", Priority.AMBER),
    NOT_URGENT("Not urgent", Priority.GREEN);

    private final String label;
    private final Priority priority;

    Urgency(String label, Priority priority) {
        this.label = label;
        this.priority = priority;
    }

    public String label() {
        return label;
    }

    public Priority priority() {
        return priority;
    }
}
