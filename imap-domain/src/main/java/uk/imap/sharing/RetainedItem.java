package uk.imap.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * R11: something an agency held back, described without its content, and why. An entity of its own, like
 * {@link DisclosedItem}, so that a list of answers reads what they retained in one query (EclipseLink cannot batch a
 * collection of embeddables).
 */
@Entity
@Table(name = "disclosure_retained")
public class RetainedItem {

    @Id
    @SequenceGenerator(name = "disclosure_retained_id", sequenceName = "disclosure_retained_id_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "disclosure_retained_id")
    private Long id;

    // The order the agency gave them in.
    @Column(nullable = false)
    private int position;

    @Column(nullable = false, length = DisclosureDetails.DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, length = DisclosureDetails.TEXT_LENGTH)
    private String reason;

    protected RetainedItem() {
    }

    RetainedItem(int position, String description, String reason) {
        this.position = position;
        this.description = description;
        this.reason = reason;
    }

    public String description() {
        return description;
    }

    public String reason() {
        return reason;
    }
}
