package uk.imap.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import uk.imap.calendar.WorkingCalendar;

/**
 * Backs "Verify the audit trail" on reports/audit.xhtml (R34): starts or joins the one run, shows its progress while
 * the page polls, then the verdict; for a bad trail, the events around the first bad position.
 */
@Named
@ViewScoped
public class AuditVerificationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AuditVerification verification;

    @Inject
    transient AuditEvents events;

    private VerificationProgress progress;
    private boolean asked;
    private List<AuditEventView> around = List.of();

    public void start() {
        progress = verification.verifyOnPage();
        asked = true;
        around = List.of();
    }

    /** Called by the page's poll while the run works. */
    public void refresh() {
        show(verification.progressOnPage());
    }

    public VerificationProgress getProgress() {
        if (progress == null && !asked) {
            asked = true;
            show(verification.progressOnPage());
        }
        return progress;
    }

    private void show(VerificationProgress latest) {
        progress = latest;
        ChainVerification.Result result = latest == null ? null : latest.result();
        if (result != null && !result.valid() && around.isEmpty()) {
            around = events.around(result.firstMismatch().position());
        }
    }

    public boolean isRunning() {
        return getProgress() != null && progress.running();
    }

    /** "Checked 12,000 of 100,000 events, 4,000 a second." */
    public String getCounted() {
        if (getProgress() == null) {
            return "";
        }
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        return "Checked " + number.format(progress.checked()) + " of " + number.format(progress.toCheck())
                + " events, " + number.format(progress.perSecond(OffsetDateTime.now(Clock.systemUTC())))
                + " a second. Started by " + progress.startedBy() + " at "
                + WorkingCalendar.dayAndTime(progress.startedAt()) + ".";
    }

    /** The verdict in words, or empty while the run works. */
    public String getVerdict() {
        if (getProgress() == null || progress.running()) {
            return "";
        }
        if (progress.unreadable()) {
            return "The audit trail could not be read to the end, so there is no verdict. Try again; if it happens "
                    + "again tell the IMAP administrator.";
        }
        ChainVerification.Result result = progress.result();
        NumberFormat number = NumberFormat.getIntegerInstance(Locale.UK);
        if (result.valid()) {
            return "The audit trail is valid: " + number.format(result.eventsChecked()) + " events and "
                    + number.format(result.checkpointsChecked()) + " signed checkpoints checked, finished at "
                    + WorkingCalendar.dayAndTime(progress.finishedAt()) + ". "
                    + (result.erasedTextEvents() == 0 ? "No event's reason has been erased."
                    : number.format(result.erasedTextEvents()) + (result.erasedTextEvents() == 1 ? " event's reason was"
                    : " events' reasons were") + " erased with disposed enquiries; their digests still verify.");
        }
        ChainVerification.Mismatch first = result.firstMismatch();
        return "The audit trail is not valid. The first bad position is " + number.format(first.position()) + ": "
                + first.kind().inWords() + (first.at() == null ? "" : "; that event was written "
                + WorkingCalendar.dayAndTime(first.at())) + ".";
    }

    public boolean isInvalid() {
        return getProgress() != null && progress.result() != null && !progress.result().valid();
    }

    public List<AuditEventView> getAround() {
        return around;
    }

    public String when(OffsetDateTime at) {
        return WorkingCalendar.dayAndTime(at);
    }
}
