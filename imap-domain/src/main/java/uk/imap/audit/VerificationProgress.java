package uk.imap.audit;

import java.io.Serializable;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * R34: where a verification of the audit chain started on the page has got to, as every auditor watching it sees:
 * how many events of how many are checked and at what rate, then the verdict. One run is shared by all who start it
 * while it works.
 *
 * @param toCheck the chain's head position when the run began: events appended later are left to the next run
 * @param result  the verdict, or null while the run works (and when it could not read the chain)
 */
public record VerificationProgress(String startedBy, OffsetDateTime startedAt, long checked, long toCheck,
                                   OffsetDateTime finishedAt, ChainVerification.Result result, boolean unreadable)
        implements Serializable {

    public boolean running() {
        return finishedAt == null;
    }

    /** How far the run has got, 0 to 100. */
    public int percent() {
        if (!running()) {
            return 100;
        }
        return toCheck <= 0 ? 0 : (int) Math.min(100, checked * 100 / toCheck);
    }

    /** Events checked per second so far, as a whole number. */
    public long perSecond(OffsetDateTime now) {
        long millis = Duration.between(startedAt, running() ? now : finishedAt).toMillis();
        return millis <= 0 ? 0 : checked * 1000 / millis;
    }
}
