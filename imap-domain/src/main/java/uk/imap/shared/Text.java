package uk.imap.shared;

import java.util.List;

/** Checks on typed text shared by the value objects of every feature: required, and within its column. */
public final class Text {

    private Text() {
    }

    public static void require(String value, int maxLength, String field, String whenMissing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, whenMissing));
        } else {
            limit(value, maxLength, field, problems);
        }
    }

    public static void limit(String value, int maxLength, String field, List<FieldProblem> problems) {
        if (value != null && value.length() > maxLength) {
            problems.add(new FieldProblem(field, "Use at most " + maxLength + " characters"));
        }
    }

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
