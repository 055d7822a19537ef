package uk.imap.retention;

import java.io.Serializable;
import java.time.OffsetDateTime;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.Outcome;

/**
 * R33: what is left of a disposed enquiry: its reference, team, outcome and dates, who disposed of it when, and under
 * which schedule entry. Nothing about the people it concerned.
 */
public record Tombstone(String reference, String team, Outcome outcome, OffsetDateTime receivedAt,
                        OffsetDateTime closedAt, OffsetDateTime disposedAt, String disposedBy, String scheduleEntry)
        implements Serializable {

    public static Tombstone of(Enquiry disposed) {
        return new Tombstone(disposed.reference().value(), disposed.team(), disposed.outcome(), disposed.receivedAt(),
                disposed.closedAt(), disposed.disposal().disposedAt(), disposed.disposal().disposedBy(),
                disposed.disposal().scheduleEntry());
    }
}
