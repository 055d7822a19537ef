package uk.imap.sharing;

import uk.imap.consent.ConsentKind;

/** R11, R4: the consent decision a disclosure relies on, or an approved public-interest override of a refusal. */
public enum ConsentBasis {
    GRANTED,
    NOT_SOUGHT,
    IMPLIED_BY_SERVICE,
    OVERRIDE;

    /** In words, as the consent decision it rests on is named on every page. */
    public String label() {
        return this == OVERRIDE ? "Approved public-interest override" : ConsentKind.valueOf(name()).label();
    }

    /** The basis that matches a consent decision of this kind; a refusal can be shared under only by override. */
    public static ConsentBasis matching(ConsentKind kind) {
        return switch (kind) {
            case GRANTED -> GRANTED;
            case NOT_SOUGHT -> NOT_SOUGHT;
            case IMPLIED_BY_SERVICE -> IMPLIED_BY_SERVICE;
            case REFUSED -> OVERRIDE;
        };
    }

    /**
     * R4: the basis an agency's answer starts from: the one matching the consent in force, or, while a refusal
     * stands, an approved override of it when there is one; none when nothing lets the agency share.
     */
    public static ConsentBasis offeredFor(ConsentKind inForce, boolean overrideApproved) {
        if (inForce != null && !inForce.needsOverrideToShare()) {
            return matching(inForce);
        }
        return overrideApproved ? OVERRIDE : null;
    }
}
