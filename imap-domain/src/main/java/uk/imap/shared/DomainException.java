package uk.imap.shared;

import java.util.List;

/**
 * A rule refused an action. Subclasses are named for what was refused, carry the rule's id from
 * SPEC.md and the fields concerned, so the web layer can put each message next to its field.
 * The EJB tier declares this type an application exception that rolls the transaction back.
 */
public abstract class DomainException extends RuntimeException {

    private final String rule;
    private final List<FieldProblem> problems;

    protected DomainException(String rule, String message, List<FieldProblem> problems) {
        super(message);
        this.rule = rule;
        this.problems = List.copyOf(problems);
    }

    protected DomainException(String rule, String message) {
        this(rule, message, List.of());
    }

    /** The SPEC.md rule behind the refusal, such as "R16", or null where only input was wrong. */
    public String rule() {
        return rule;
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
