package uk.imap.enquiry;

/** A subject is a child or young person, or a related adult. */
public enum SubjectKind {
    CHILD("Child or young person"),
    ADULT("Adult");

    private final String label;

    SubjectKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
