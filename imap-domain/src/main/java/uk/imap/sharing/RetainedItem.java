package uk.imap.sharing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** R11: something an agency held back, described without its content, and why. */
@Embeddable
public class RetainedItem {

    @Column(nullable = false, length = DisclosureDetails.DESCRIPTION_LENGTH)
    private String description;

    @Column(nullable = false, length = DisclosureDetails.TEXT_LENGTH)
    private String reason;

    protected RetainedItem() {
    }

    RetainedItem(String description, String reason) {
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
