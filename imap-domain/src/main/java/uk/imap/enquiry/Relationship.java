package uk.imap.enquiry;

/** How a subject relates to the child the concern is about. */
public enum Relationship {
    SUBJECT("The child the concern is about"),
    SIBLING("Sibling"),
    MOTHER("Mother"),
    FATHER("Father"),
    STEP_PARENT("Step-parent"),
    PARTNER_OF_PARENT("Partner of a parent"),
    CARER("Carer"),
    GRANDPARENT("Grandparent"),
    OTHER("Other");

    private final String label;

    Relationship(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
