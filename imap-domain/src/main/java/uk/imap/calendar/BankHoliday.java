package uk.imap.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** A bank holiday in England and Wales, from the maintained table an administrator keeps. */
@Entity
@Table(name = "bank_holiday")
public class BankHoliday {

    // "day" is a keyword in H2.
    @Id
    @Column(name = "holiday_date")
    private LocalDate day;

    @Column(nullable = false, length = 100)
    private String name;

    protected BankHoliday() {
    }

    /**
     * A bank holiday an administrator adds to the table.
     *
     * @throws InvalidInput when the day or its name is missing, or the name is too long (R22)
     */
    public static BankHoliday of(LocalDate day, String name) {
        List<FieldProblem> problems = new ArrayList<>();
        if (day == null) {
            problems.add(new FieldProblem("day", "Enter the date of the bank holiday"));
        }
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "Name the bank holiday"));
        } else if (name.strip().length() > 100) {
            problems.add(new FieldProblem("name", "Use at most 100 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        BankHoliday holiday = new BankHoliday();
        holiday.day = day;
        holiday.name = name.strip();
        return holiday;
    }

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }
}
