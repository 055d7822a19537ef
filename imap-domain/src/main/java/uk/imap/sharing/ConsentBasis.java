package uk.imap.sharing;

import uk.imap.consent.ConsentKind;

/** R11, R4: the consent decision a disclosure relies on, or an approved public-interest override of a refusal. */
public enum ConsentBasis {
    GRANTED,
    NOT_SOUGHT,
    IMPLIED_BY_SERVICE,
    OVERRIDE;

    /** The basis that matches a consent decision of this kind; a refusal can be shared under only by override. */
    public static ConsentBasis matching(ConsentKind kind) {
        return switch (kind) {
            case GRANTED -> GRANTED;
            case NOT_SOUGHT -> NOT_SOUGHT;
            case IMPLIED_BY_SERVICE -> IMPLIED_BY_SERVICE;
            case REFUSED -> OVERRIDE;
        };
    }
}
