package uk.imap.enquiry;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.shared.DomainException;

/**
 * R21: someone else saved the enquiry after this person read it. Names who and when, so the person can
 * compare before saving again; nothing of theirs is overwritten and nothing of the caller's is lost.
 */
public class EditConflict extends DomainException {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm");

    private final String changedBy;
    private final OffsetDateTime changedAt;

    public EditConflict(String changedBy, OffsetDateTime changedAt) {
        super("R21", "The enquiry was changed by " + changedBy + " on "
                + WHEN.format(changedAt.atZoneSameInstant(WorkingCalendar.HUB_ZONE))
                + " after you read it: read it again and check their change before making yours.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    public String changedBy() {
        return changedBy;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
