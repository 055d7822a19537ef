package uk.imap.enquiry;

import java.util.List;
import uk.imap.shared.FieldProblem;

/** Checks on typed text shared by the intake's value objects. */
final class Text {

    private Text() {
    }

    static void require(String value, int maxLength, String field, String whenMissing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, whenMissing));
        } else {
            limit(value, maxLength, field, problems);
        }
    }

    static void limit(String value, int maxLength, String field, List<FieldProblem> problems) {
        if (value != null && value.length() > maxLength) {
            problems.add(new FieldProblem(field, "Use at most " + maxLength + " characters"));
        }
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
