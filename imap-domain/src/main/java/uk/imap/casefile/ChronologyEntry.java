package uk.imap.casefile;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * One dated significant event (R29).
 *
 * @param by     who did it, or null where the record does not say
 * @param agency the partner agency it concerns, or null
 */
public record ChronologyEntry(OffsetDateTime at, ChronologyKind kind, String summary, String by, String agency)
        implements Serializable {
}
