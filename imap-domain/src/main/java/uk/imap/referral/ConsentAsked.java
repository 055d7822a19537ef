package uk.imap.referral;

/** Whether the referrer asked the family's consent to the referral, and the answer: the hub decides consent itself. */
public enum ConsentAsked {
    AGREED("Asked: the parent or carer agreed"),
    REFUSED("Asked: the parent or carer refused"),
    NOT_ASKED("Not asked");

    private final String label;

    ConsentAsked(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
