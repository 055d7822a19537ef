package uk.imap.consent;

/**
 * A young person's capacity to consent to information sharing, recorded as such (R9). Gillick competence is
 * about consent to treatment and is listed only so that the answer can be refused with its reason.
 */
public enum Capacity {
    CAN_CONSENT_TO_SHARING("Able to consent to information sharing"),
    CANNOT_CONSENT_TO_SHARING("Not able to consent to information sharing"),
    NOT_APPLICABLE("Not applicable: consent was decided by or for an adult"),
    GILLICK_COMPETENT("Gillick competent (not accepted: that is the test for consent to treatment)");

    private final String label;

    Capacity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isAcceptedTest() {
        return this != GILLICK_COMPETENT;
    }
}
