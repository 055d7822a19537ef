package uk.imap.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * R33: what stays of a disposed enquiry beside its reference, dates and outcome: when it was disposed of, by whom, and
 * the retention schedule's period for its outcome at that moment.
 */
@Embeddable
public class Disposal implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "disposed_at")
    private OffsetDateTime disposedAt;

    @Column(name = "disposed_by", length = 100)
    private String disposedBy;

    @Column(name = "disposed_under", length = 16)
    private String scheduleEntry;

    protected Disposal() {
    }

    public Disposal(OffsetDateTime disposedAt, String disposedBy, Period scheduleEntry) {
        this.disposedAt = Objects.requireNonNull(disposedAt).withOffsetSameInstant(ZoneOffset.UTC);
        this.disposedBy = Objects.requireNonNull(disposedBy);
        this.scheduleEntry = scheduleEntry.toString();
    }

    /** Whether a disposal is recorded: JPA makes an empty embeddable of null columns. */
    boolean happened() {
        return disposedAt != null;
    }

    public OffsetDateTime disposedAt() {
        return disposedAt;
    }

    public String disposedBy() {
        return disposedBy;
    }

    /** The period kept, as the schedule had it: {@code P6Y}. */
    public String scheduleEntry() {
        return scheduleEntry;
    }
}
