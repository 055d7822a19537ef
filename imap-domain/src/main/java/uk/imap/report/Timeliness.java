package uk.imap.report;

import java.time.OffsetDateTime;

/** R25: how a request to an agency stands against its due time. */
public enum Timeliness {
    ON_TIME("Answered on time"),
    LATE("Answered late"),
    OVERDUE("Overdue, not answered"),
    NOT_YET_DUE("Not yet due"),
    WITHDRAWN("Withdrawn");

    private final String label;

    Timeliness(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** A withdrawn request counts as withdrawn whatever its times; an answer exactly at the due time is on time. */
    public static Timeliness of(OffsetDateTime dueAt, OffsetDateTime answeredAt, OffsetDateTime withdrawnAt,
                                OffsetDateTime now) {
        if (withdrawnAt != null) {
            return WITHDRAWN;
        }
        if (answeredAt != null) {
            return answeredAt.isAfter(dueAt) ? LATE : ON_TIME;
        }
        return now.isAfter(dueAt) ? OVERDUE : NOT_YET_DUE;
    }
}
