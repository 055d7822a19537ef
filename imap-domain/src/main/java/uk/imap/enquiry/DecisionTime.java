package uk.imap.enquiry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** R30: the hours the hub has for its decision at one RAG priority, as an administrator last set them. */
@Entity
@Table(name = "decision_time")
public class DecisionTime {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private Priority priority;

    @Column(nullable = false)
    private int hours;

    // R21: two saves at once (two administrators, or a timer and a person) cannot overwrite each other unseen.
    @Version
    private long version;

    protected DecisionTime() {
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
