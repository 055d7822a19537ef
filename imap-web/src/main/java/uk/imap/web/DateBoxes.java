package uk.imap.web;

import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.report.DayPeriod;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * A date typed in separate day, month and year boxes, with a time of day where one is asked for: the GOV.UK Design
 * System's date input, because a browser's own date control shows the order of the browser's country, not the
 * hub's. Each problem names what is wrong in words ("must include a year"), never a format to copy.
 */
public class DateBoxes implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int EARLIEST_YEAR = 1900;
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2})");

    private String day;
    private String month;
    private String year;
    private String time;

    /** Boxes filled with a moment as the hub's clock shows it. */
    public static DateBoxes of(OffsetDateTime moment) {
        DateBoxes boxes = new DateBoxes();
        if (moment != null) {
            LocalDateTime local = moment.atZoneSameInstant(WorkingCalendar.HUB_ZONE).toLocalDateTime();
            boxes.day = Integer.toString(local.getDayOfMonth());
            boxes.month = Integer.toString(local.getMonthValue());
            boxes.year = Integer.toString(local.getYear());
            boxes.time = String.format("%02d:%02d", local.getHour(), local.getMinute());
        }
        return boxes;
    }

    /** Boxes filled with a day. */
    public static DateBoxes of(LocalDate day) {
        DateBoxes boxes = new DateBoxes();
        if (day != null) {
            boxes.day = Integer.toString(day.getDayOfMonth());
            boxes.month = Integer.toString(day.getMonthValue());
            boxes.year = Integer.toString(day.getYear());
        }
        return boxes;
    }

    /**
     * A period of whole days typed in two sets of boxes, the fields "from" and "to"; either end may be left empty.
     *
     * @throws InvalidInput naming each box set that holds no real day
     */
    public static DayPeriod period(DateBoxes from, DateBoxes to) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate first = from.date("from", "The first day", problems);
        LocalDate last = to.date("to", "The last day", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new DayPeriod(first, last);
    }

    /** Whether nothing was typed in any box. */
    public boolean isEmpty() {
        return blank(day) && blank(month) && blank(year) && blank(time);
    }

    /**
     * The day typed, or null when every box is empty or a problem was found.
     *
     * @param label what the date is, as the message starts ("Date of birth")
     */
    public LocalDate date(String field, String label, List<FieldProblem> problems) {
        if (blank(day) && blank(month) && blank(year)) {
            return null;
        }
        List<String> missing = new ArrayList<>();
        if (blank(day)) {
            missing.add("a day");
        }
        if (blank(month)) {
            missing.add("a month");
        }
        if (blank(year)) {
            missing.add("a year");
        }
        if (!missing.isEmpty()) {
            problems.add(new FieldProblem(field, label + " must include " + String.join(" and ", missing)));
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            problems.add(new FieldProblem(field, label + ": the year must include 4 numbers"));
            return null;
        }
        if (Integer.parseInt(year.strip()) < EARLIEST_YEAR) {
            problems.add(new FieldProblem(field, label + ": the year must be " + EARLIEST_YEAR + " or later"));
            return null;
        }
        try {
            return LocalDate.of(Integer.parseInt(year.strip()), Integer.parseInt(month.strip()),
                    Integer.parseInt(day.strip()));
        } catch (NumberFormatException | DateTimeException notADay) {
            problems.add(new FieldProblem(field, label + " must be a real date"));
            return null;
        }
    }

    /**
     * The moment typed, on the hub's clock, or null when every box is empty or a problem was found.
     *
     * @param label what the moment is, as the message starts ("Time of receipt")
     */
    public OffsetDateTime moment(String field, String label, List<FieldProblem> problems) {
        if (isEmpty()) {
            return null;
        }
        int before = problems.size();
        LocalDate date = date(field, label, problems);
        if (problems.size() > before) {
            return null;
        }
        if (date == null) {
            problems.add(new FieldProblem(field, label + " must include a day, a month and a year"));
            return null;
        }
        Matcher clock = CLOCK.matcher(blank(time) ? "" : time.strip());
        if (!clock.matches()) {
            problems.add(new FieldProblem(field, label + " must include a time of day on the 24-hour clock, such as 14:30"));
            return null;
        }
        try {
            LocalTime at = LocalTime.of(Integer.parseInt(clock.group(1)), Integer.parseInt(clock.group(2)));
            return date.atTime(at).atZone(WorkingCalendar.HUB_ZONE).toOffsetDateTime();
        } catch (DateTimeException notATime) {
            problems.add(new FieldProblem(field, label + " must be a real time, such as 14:30"));
            return null;
        }
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public String getDay() {
        return day;
    }

    public void setDay(String day) {
        this.day = day;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }

    public String getYear() {
        return year;
    }

    public void setYear(String year) {
        this.year = year;
    }

    public String getTime() {
        return time;
    }

    public void setTime(String time) {
        this.time = time;
    }
}
