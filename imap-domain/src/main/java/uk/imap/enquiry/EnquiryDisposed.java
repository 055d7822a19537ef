package uk.imap.enquiry;

import java.time.OffsetDateTime;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.shared.DomainException;

/**
 * R33: the enquiry was disposed of under the retention schedule. Every read of it says so, with when and under which
 * entry, rather than pretending it never existed.
 */
public class EnquiryDisposed extends DomainException {

    private final String reference;
    private final OffsetDateTime disposedAt;
    private final String scheduleEntry;

    EnquiryDisposed(String reference, Outcome outcome, Disposal disposal) {
        super("R33", "Enquiry " + reference + " was disposed of on " + WorkingCalendar.dayAndTime(disposal.disposedAt())
                + " under the retention schedule's entry for \"" + (outcome == null ? "no outcome" : outcome.label())
                + "\" (" + disposal.scheduleEntry() + "). Its personal content was erased; only this record of it"
                + " remains.");
        this.reference = reference;
        this.disposedAt = disposal.disposedAt();
        this.scheduleEntry = disposal.scheduleEntry();
    }

    public String reference() {
        return reference;
    }

    public OffsetDateTime disposedAt() {
        return disposedAt;
    }

    public String scheduleEntry() {
        return scheduleEntry;
    }
}
