package uk.imap.enquiry;

/** How a manager changes who works on an enquiry. */
public enum Assignment {
    HAND_OVER("Hand over to a new owner"),
    ADD("Add a practitioner"),
    REMOVE("Remove a practitioner");

    private final String label;

    Assignment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
