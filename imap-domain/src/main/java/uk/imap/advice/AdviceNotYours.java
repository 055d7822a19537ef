package uk.imap.advice;

import uk.imap.shared.DomainException;

/** R17: advice is given once, by someone holding the role the question was put to. */
public class AdviceNotYours extends DomainException {

    public AdviceNotYours(String message) {
        super("R17", message);
    }
}
