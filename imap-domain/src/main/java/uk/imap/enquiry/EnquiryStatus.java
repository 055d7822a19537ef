package uk.imap.enquiry;

/** The life cycle of an enquiry, in order. */
public enum EnquiryStatus {
    DRAFT("Draft"),
    OPEN("Open"),
    AWAITING_INFORMATION("Awaiting information"),
    DECISION("Decision"),
    CLOSED("Closed");

    private final String label;

    EnquiryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
