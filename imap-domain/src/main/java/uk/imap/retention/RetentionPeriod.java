package uk.imap.retention;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Period;
import uk.imap.enquiry.Outcome;

/** R33: how long enquiries closed with one outcome are kept, as an administrator last set it. */
@Entity
@Table(name = "retention_period")
public class RetentionPeriod {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private Outcome outcome;

    @Column(nullable = false, length = 16)
    private String period;

    // R21: two administrators saving at once cannot overwrite each other unseen.
    @Version
    private long version;

    protected RetentionPeriod() {
    }

    public Outcome outcome() {
        return outcome;
    }

    public Period period() {
        return Period.parse(period);
    }

    public void change(Period newPeriod) {
        period = newPeriod.toString();
    }
}
