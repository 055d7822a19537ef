package uk.imap.shared;

import java.util.List;

/** Input broke an invariant of a domain object; nothing was changed (R22). */
public class InvalidInput extends DomainException {

    public InvalidInput(List<FieldProblem> problems) {
        super("R22", "The input is not valid", problems);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new FieldProblem(field, message)));
    }
}
