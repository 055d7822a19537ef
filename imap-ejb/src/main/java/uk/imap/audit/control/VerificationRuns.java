package uk.imap.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import uk.imap.audit.ChainVerification;
import uk.imap.audit.VerificationProgress;

/**
 * R34: the one verification of the audit chain running on this server for the pages. An auditor who starts one while
 * another works joins it rather than starting a second read of the whole chain; the last verdict stays to be read.
 */
@ApplicationScoped
public class VerificationRuns {

    private final Clock clock = Clock.systemUTC();
    private Run latest;

    /** A run begun for this auditor, or null when one is already working (join {@link #latest()}). */
    public synchronized Run begin(String auditor) {
        if (latest != null && latest.finishedAt == null) {
            return null;
        }
        latest = new Run(auditor, OffsetDateTime.now(clock));
        return latest;
    }

    /** Where the latest run has got to, or null when none has run since the server started. */
    public synchronized VerificationProgress latest() {
        return latest == null ? null : latest.progress();
    }

    /** One run: its verification is read by the pages while a managed thread works through the chain. */
    public final class Run {

        private final String startedBy;
        private final OffsetDateTime startedAt;
        private volatile long toCheck;
        private volatile ChainVerification verification;
        private volatile ChainVerification.Result result;
        private volatile boolean unreadable;
        private volatile OffsetDateTime finishedAt;

        Run(String startedBy, OffsetDateTime startedAt) {
            this.startedBy = startedBy;
            this.startedAt = startedAt;
        }

        public String startedBy() {
            return startedBy;
        }

        public void working(ChainVerification verification, long toCheck) {
            this.toCheck = toCheck;
            this.verification = verification;
        }

        public void finished(ChainVerification.Result result) {
            this.result = result;
            this.finishedAt = OffsetDateTime.now(clock);
        }

        public void failed() {
            this.unreadable = true;
            this.finishedAt = OffsetDateTime.now(clock);
        }

        VerificationProgress progress() {
            ChainVerification working = verification;
            long checked = result != null ? result.eventsChecked() : working == null ? 0 : working.eventsChecked();
            return new VerificationProgress(startedBy, startedAt, checked, toCheck, finishedAt, result, unreadable);
        }
    }
}
