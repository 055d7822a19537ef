package uk.imap.subjectaccess;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One consent decision on the enquiry, as recorded. */
public record ConsentEntry(OffsetDateTime decidedAt, String decision, String givenBy, String statement)
        implements Serializable {
}
