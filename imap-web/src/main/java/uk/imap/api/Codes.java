package uk.imap.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    /** Dates and times outside these years are typing slips, and no database column takes them all. */
    public static final int EARLIEST_YEAR = 1900;
    public static final int LATEST_YEAR = 9999;

    /** Whether a typed day lies in the years IMAP keeps. */
    public static boolean plausible(LocalDate day) {
        return day.getYear() >= EARLIEST_YEAR && day.getYear() <= LATEST_YEAR;
    }

    /** A time given as ISO-8601 with its offset, or null when empty; anything else, or an implausible year, is a problem. */
    public static OffsetDateTime instant(String text, String field, String example, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime instant = OffsetDateTime.parse(text.strip());
            if (plausible(instant.toLocalDate())) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "Give a time as ISO-8601 with its offset between the years "
                + EARLIEST_YEAR + " and " + LATEST_YEAR + ", for example " + example));
        return null;
    }

    /** A day given as YYYY-MM-DD, or null when empty; anything else, or an implausible year, is a problem. */
    public static LocalDate day(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(text.strip());
            if (plausible(day)) {
                return day;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "Give a day as YYYY-MM-DD between the years " + EARLIEST_YEAR + " and "
                + LATEST_YEAR + ", for example 2026-11-01"));
        return null;
    }

    /** The date, or null when the text is empty; anything but year-month-day is a problem. */
    public static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(text.strip());
            if (plausible(date)) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        problems.add(new FieldProblem(field, "Enter the date as year-month-day, for example 2018-03-04"));
        return null;
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

    /** A whole number from {@code min} to {@code max}; anything else is a problem, answered with {@code min}. */
    public static int number(String text, String field, int min, int max, List<FieldProblem> problems) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the range
        }
        problems.add(new FieldProblem(field, "Use a whole number from " + min + " to " + max));
        return min;
    }
}
