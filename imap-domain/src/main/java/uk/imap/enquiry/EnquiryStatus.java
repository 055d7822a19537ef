package uk.imap.enquiry;

import java.util.Arrays;
import java.util.List;

/** The life cycle of an enquiry, in order. */
public enum EnquiryStatus {
    DRAFT("Draft"),
    OPEN("Open"),
    AWAITING_INFORMATION("Awaiting information"),
    DECISION("Decision"),
    CLOSED("Closed");

    private final String label;

    EnquiryStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The life cycle's steps: a closed enquiry goes nowhere; the hub may ask for more information after a decision is due. */
    public boolean canMoveTo(EnquiryStatus next) {
        return switch (this) {
            case DRAFT -> next == OPEN;
            case OPEN -> next == AWAITING_INFORMATION || next == DECISION || next == CLOSED;
            case AWAITING_INFORMATION -> next == DECISION;
            case DECISION -> next == AWAITING_INFORMATION || next == CLOSED;
            case CLOSED -> false;
        };
    }

    /** Open work: opened and not yet closed. */
    public boolean isActive() {
        return this == OPEN || this == AWAITING_INFORMATION || this == DECISION;
    }

    /** R30: the hub decision is still to come, drafts included: the clock runs from receipt. */
    public boolean awaitsDecision() {
        return this != CLOSED;
    }

    /** Every status in which the hub decision is still to come, for queries. */
    public static List<EnquiryStatus> awaitingDecision() {
        return Arrays.stream(values()).filter(EnquiryStatus::awaitsDecision).toList();
    }

    /** Every status of open work, for queries that ask the database what {@link #isActive()} asks one enquiry. */
    public static List<EnquiryStatus> active() {
        return Arrays.stream(values()).filter(EnquiryStatus::isActive).toList();
    }
}
