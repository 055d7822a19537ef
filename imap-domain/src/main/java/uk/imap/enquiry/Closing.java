package uk.imap.enquiry;

/**
 * What closing an enquiry records: the hub's outcome and its reasons, and the threshold view as it stands at the
 * close (null keeps the one recorded). R29: an outcome that is a strategy discussion needs its record first.
 *
 * @param strategyDiscussionRecorded whether the enquiry's case notes hold a strategy discussion
 */
public record Closing(Outcome outcome, String reasons, Threshold threshold, boolean strategyDiscussionRecorded) {

    /** Closing with no more than an outcome and reasons, as before a threshold or a discussion was known. */
    public static Closing of(Outcome outcome, String reasons) {
        return new Closing(outcome, reasons, null, false);
    }
}
