package uk.imap.shared;

import java.util.Objects;

/** One bad field and a message a person can act on. */
public record FieldProblem(String field, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(message, "message");
    }
}
