package uk.imap.audit;

/** What verification found wrong at the first bad position of the audit chain (R19). */
public enum Tampering {
    /** The event's content no longer matches its own hash. */
    MODIFIED,
    /** A position is missing: an event was deleted. */
    GAP,
    /** The event does not point at the hash of the event before it: events were swapped, forged or replaced. */
    LINK_BROKEN,
    /** The chain ends before the head says it does: events were removed from the end. */
    TRUNCATED,
    /** The chain disagrees with a signed checkpoint: it was rewritten consistently, or checkpoints were removed. */
    CHECKPOINT_MISMATCH,
    /** A checkpoint was not signed by the checkpoint key: it was forged or altered. */
    BAD_SIGNATURE,
    /**
     * An event was written with its change but never given its place in the chain: the sequencer stopped, or the
     * entry was held back from it.
     */
    UNSEQUENCED;

    /** What was found, in words an auditor reads on the page. */
    public String inWords() {
        return switch (this) {
            case MODIFIED -> "the event was changed after it was written";
            case GAP -> "an event is missing: it was deleted";
            case LINK_BROKEN -> "the event does not follow the one before it: events were swapped, forged or replaced";
            case TRUNCATED -> "the trail ends before its recorded head: events were removed from the end";
            case CHECKPOINT_MISMATCH -> "the trail disagrees with a signed checkpoint: it was rewritten, or checkpoints "
                    + "were removed";
            case BAD_SIGNATURE -> "a checkpoint was not signed by the checkpoint key: it was forged or altered";
            case UNSEQUENCED -> "an event was written but not added to the trail in time: the sequencer stopped, or the"
                    + " event was held back from it";
        };
    }
}
