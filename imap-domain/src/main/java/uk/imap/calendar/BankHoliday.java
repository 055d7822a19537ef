package uk.imap.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

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

    public LocalDate day() {
        return day;
    }

    public String name() {
        return name;
    }
}
