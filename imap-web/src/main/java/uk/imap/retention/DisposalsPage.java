package uk.imap.retention;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/**
 * Backs disposals.xhtml (R33): the enquiries past retention for the signed-in manager or Caldicott Guardian, each
 * disposed of only after a second, deliberate confirmation, and a legal hold placed on one of them with a reason.
 */
@Named
@ViewScoped
public class DisposalsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Disposals disposals;

    @Inject
    transient LegalHolds holds;

    private List<PastRetention> due = List.of();
    private String confirming;
    private String holdReference;
    private String holdReason;

    public void load() {
        due = disposals.due();
    }

    public void hold() {
        try {
            holds.place(holdReference, holdReason);
            Notices.inform("Legal hold placed on " + holdReference + ": it stays off the disposal list until the"
                    + " hold is lifted.");
            holdReference = null;
            holdReason = null;
            load();
        } catch (DomainException refused) {
            Notices.refuse("hold", refused);
        }
    }

    /** The first step: the page asks again before anything is erased. */
    public void ask(String reference) {
        confirming = reference;
    }

    public void cancel() {
        confirming = null;
    }

    /** The second step: the enquiry is disposed of, and what remains of it is said. */
    public void dispose() {
        try {
            Tombstone left = disposals.confirm(confirming);
            Notices.inform(left.reference() + " was disposed of: its personal content is erased and only its"
                    + " reference, dates and outcome remain.");
            confirming = null;
            load();
        } catch (DomainException refused) {
            Notices.refuse(refused);
            confirming = null;
        }
    }

    public String getConfirming() {
        return confirming;
    }

    public String day(PastRetention row) {
        return WorkingCalendar.day(row.keptUntil());
    }

    public String closed(PastRetention row) {
        return WorkingCalendar.dayAndTime(row.closedAt());
    }

    public List<PastRetention> getDue() {
        return due;
    }

    public String getHoldReference() {
        return holdReference;
    }

    public void setHoldReference(String holdReference) {
        this.holdReference = holdReference;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }
}
