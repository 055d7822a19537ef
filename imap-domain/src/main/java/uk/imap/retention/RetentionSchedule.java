package uk.imap.retention;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import uk.imap.access.StaffMember;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.enquiry.Disposal;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Outcome;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * R33: how long the hub keeps a closed enquiry, one ISO-8601 period for each outcome, counted in calendar time from
 * the day it closed on the hub's clock. Retention is not a working-day deadline: bank holidays do not move it, and a
 * period of years from 29 February ends on 28 February when the end year has none.
 */
public final class RetentionSchedule implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Shorter than this would dispose of an enquiry a family may still come back about. */
    static final Period SHORTEST = Period.ofMonths(1);
    static final Period LONGEST = Period.ofYears(100);

    private final Map<Outcome, Period> periods;

    private RetentionSchedule(Map<Outcome, Period> periods) {
        this.periods = Collections.unmodifiableMap(new EnumMap<>(periods));
    }

    public static RetentionSchedule of(Map<Outcome, Period> periods) {
        if (!periods.keySet().containsAll(List.of(Outcome.values()))) {
            throw new IllegalArgumentException("A retention schedule covers every outcome: " + periods.keySet());
        }
        return new RetentionSchedule(periods);
    }

    /**
     * The schedule as typed or sent: a period such as {@code P6Y} or {@code P18M} for every outcome.
     *
     * @throws InvalidInput naming each outcome left out, not a period, or outside one month to 100 years, and any
     *                      name that is not an outcome
     */
    public static RetentionSchedule parse(Map<String, String> typed) {
        List<FieldProblem> problems = new ArrayList<>();
        Map<Outcome, Period> periods = new EnumMap<>(Outcome.class);
        for (String name : typed.keySet()) {
            if (name == null || java.util.Arrays.stream(Outcome.values()).noneMatch(o -> o.name().equals(name))) {
                problems.add(new FieldProblem(String.valueOf(name), "This is not an outcome: the schedule has one"
                        + " period for each of " + java.util.Arrays.toString(Outcome.values())));
            }
        }
        for (Outcome outcome : Outcome.values()) {
            String value = typed.get(outcome.name());
            if (value == null || value.isBlank()) {
                problems.add(new FieldProblem(outcome.name(), "Give how long to keep enquiries closed with \""
                        + outcome.label() + "\", such as P6Y for six years"));
                continue;
            }
            try {
                Period period = Period.parse(value.strip().toUpperCase(java.util.Locale.ROOT)).normalized();
                if (shorter(period, SHORTEST) || shorter(LONGEST, period)) {
                    problems.add(new FieldProblem(outcome.name(), "Keep enquiries closed with \"" + outcome.label()
                            + "\" for between one month (P1M) and 100 years (P100Y)"));
                } else {
                    periods.put(outcome, period);
                }
            } catch (DateTimeParseException e) {
                problems.add(new FieldProblem(outcome.name(), "\"" + value.strip() + "\" is not a period: write"
                        + " P6Y for six years, P18M for eighteen months"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return new RetentionSchedule(periods);
    }

    /** Whether {@code a} is shorter than {@code b}, compared as months with days at most a month's worth. */
    private static boolean shorter(Period a, Period b) {
        return a.toTotalMonths() * 31 + a.getDays() < b.toTotalMonths() * 31 + b.getDays();
    }

    public Period periodFor(Outcome outcome) {
        return periods.get(outcome);
    }

    public Map<Outcome, Period> periods() {
        return periods;
    }

    /** The last day an enquiry closed at {@code closedAt} with {@code outcome} is kept. */
    public LocalDate keptUntil(Outcome outcome, OffsetDateTime closedAt) {
        return closedAt.atZoneSameInstant(WorkingCalendar.HUB_ZONE).toLocalDate().plus(periods.get(outcome));
    }

    /** Whether such an enquiry is past its retention on {@code today}: the day after it was last kept. */
    public boolean pastRetention(Outcome outcome, OffsetDateTime closedAt, LocalDate today) {
        return today.isAfter(keptUntil(outcome, closedAt));
    }

    /**
     * A moment before which every enquiry closed with {@code outcome} is past retention on {@code today}, with days
     * to spare for month ends: the database narrows with it, and {@link #pastRetention} decides.
     */
    public OffsetDateTime closedBefore(Outcome outcome, LocalDate today) {
        return today.minus(periods.get(outcome)).plusDays(3).atStartOfDay(WorkingCalendar.HUB_ZONE).toOffsetDateTime();
    }

    /**
     * R33: the disposal of a closed enquiry past its retention and under no legal hold, decided by {@code by} at
     * {@code at}. Nothing is disposed of by accident: anything else is refused and changes nothing.
     *
     * @throws NotDisposable when the enquiry is not closed, not yet past retention, or held
     */
    public Disposal disposalOf(Enquiry enquiry, boolean held, StaffMember by, OffsetDateTime at) {
        String reference = enquiry.reference().value();
        enquiry.requireNotDisposed();
        if (enquiry.status() != EnquiryStatus.CLOSED || enquiry.outcome() == null) {
            throw new NotDisposable(reference + " is not closed: only closed enquiries past retention are disposed"
                    + " of");
        }
        LocalDate today = at.atZoneSameInstant(WorkingCalendar.HUB_ZONE).toLocalDate();
        if (!pastRetention(enquiry.outcome(), enquiry.closedAt(), today)) {
            throw new NotDisposable(reference + " is kept until " + WorkingCalendar.day(keptUntil(enquiry.outcome(),
                    enquiry.closedAt())) + " under the retention schedule (" + periodFor(enquiry.outcome())
                    + " for \"" + enquiry.outcome().label() + "\"); it cannot be disposed of before then");
        }
        if (held) {
            throw new NotDisposable(reference + " is under a legal hold: lift the hold before disposing of it");
        }
        return new Disposal(at, by.username(), periodFor(enquiry.outcome()));
    }

    /** The changes from {@code before}, as the audit event names them: "EARLY_HELP P6Y to P7Y". */
    public String changesFrom(RetentionSchedule before) {
        List<String> changes = new ArrayList<>();
        for (Outcome outcome : Outcome.values()) {
            if (!periods.get(outcome).equals(before.periods.get(outcome))) {
                changes.add(outcome + " " + before.periods.get(outcome) + " to " + periods.get(outcome));
            }
        }
        return changes.isEmpty() ? "no change" : String.join(", ", changes);
    }
}
