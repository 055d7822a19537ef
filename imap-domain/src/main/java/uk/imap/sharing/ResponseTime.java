package uk.imap.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import uk.imap.enquiry.Priority;

/** R15: the stored response time for one RAG priority, as an administrator last set it. */
@Entity
@Table(name = "response_time")
public class ResponseTime {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Priority priority;

    @Column(nullable = false)
    private int hours;

    // R21: two saves at once (two administrators, or a timer and a person) cannot overwrite each other unseen.
    @Version
    private long version;

    protected ResponseTime() {
    }

    public Priority priority() {
        return priority;
    }

    public int hours() {
        return hours;
    }

    public void change(int newHours) {
        hours = newHours;
    }
}
