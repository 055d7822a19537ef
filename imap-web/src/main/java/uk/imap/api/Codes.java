package uk.imap.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import uk.imap.shared.FieldProblem;

/** Turns the text of a request into domain values at the edge, naming the field of each text that is not one. */
public final class Codes {

    private Codes() {
    }

    /** The code's constant, or null when the text is empty; a text that is no code of the list is a problem. */
    public static <E extends Enum<E>> E parse(Class<E> type, String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "Choose one of the listed values"));
            return null;
        }
    }

    /** The date, or null when the text is empty; anything but year-month-day is a problem. */
    public static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter the date as year-month-day, for example 2018-03-04"));
            return null;
        }
    }

    /** The whole number, or null when the text is empty; anything else is a problem. */
    public static Integer number(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "Enter a whole number"));
            return null;
        }
    }
}
