package uk.imap.enquiry;

import java.time.Duration;

/** RAG priority. Always shown with its word, never by colour alone (R26). */
public enum Priority {
    RED("Red", Duration.ofHours(4)),
    AMBER("Amber", Duration.ofHours(24)),
    GREEN("Green", Duration.ofHours(72));

    private final String label;
    private final Duration defaultResponseTime;

    Priority(String label, Duration defaultResponseTime) {
        this.label = label;
        this.defaultResponseTime = defaultResponseTime;
    }

    public String label() {
        return label;
    }

    /** R15: the default time an agency has to answer a request at this priority. */
    public Duration defaultResponseTime() {
        return defaultResponseTime;
    }
}
