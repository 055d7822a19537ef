package uk.imap.review;

/** What put an item on the Caldicott Guardian's queue. */
public enum ReviewKind {
    CONSENT_NOT_SOUGHT("Sharing without seeking consent"),
    OVERRIDE_APPROVED("Sharing despite refused consent (approved override)"),
    SENSITIVE_DISCLOSURE("Sensitive or restricted information shared"),
    EMERGENCY_ACCESS("Emergency access to an enquiry");

    private final String label;

    ReviewKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
