package uk.imap.consent;

/** Where a request to share despite a refusal of consent stands (R4). */
public enum OverrideStatus {
    PENDING("Waiting for approval"),
    APPROVED("Approved"),
    REJECTED("Rejected");

    private final String label;

    OverrideStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
