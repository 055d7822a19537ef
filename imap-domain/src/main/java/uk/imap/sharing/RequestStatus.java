package uk.imap.sharing;

/** Where an information request stands. */
public enum RequestStatus {
    SENT("Sent"),
    ANSWERED("Answered"),
    WITHDRAWN("Withdrawn");

    private final String label;

    RequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
