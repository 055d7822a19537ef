package uk.imap.enquiry;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Collectors;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.PageDenial;
import uk.imap.casefile.CaseFile;
import uk.imap.casefile.CaseFiles;
import uk.imap.casefile.EnquiryView;
import uk.imap.casefile.PrintedCaseFile;
import uk.imap.consent.Capacity;
import uk.imap.consent.ConsentDecisions;
import uk.imap.consent.ConsentDetails;
import uk.imap.consent.ConsentFactor;
import uk.imap.consent.ConsentGround;
import uk.imap.consent.ConsentInput;
import uk.imap.consent.ConsentKind;
import uk.imap.consent.ConsentView;
import uk.imap.report.ReportDownload;
import uk.imap.report.ReportPdf;
import uk.imap.shared.DomainException;
import uk.imap.shared.InvalidInput;
import uk.imap.sharing.Agencies;
import uk.imap.web.FieldMessages;
import uk.imap.web.Notices;

/**
 * Backs enquiry/detail.xhtml: one enquiry within the caller's need to know, its consent decisions and the steps
 * of its life cycle. Typed work survives a refusal: the forms keep what was typed.
 */
@Named
@ViewScoped
public class EnquiryDetail implements Serializable {

    @Inject
    Enquiries enquiries;

    @Inject
    CaseFiles caseFiles;

    @Inject
    Agencies agencies;

    @Inject
    ConsentDecisions consentDecisions;

    @Inject
    ConcernCategories concernCategories;

    private String reference;
    // What the page shows is not kept in the session, which is written out after every request: a case file in
    // each of the up to 25 pages a session keeps made that most of a request's cost. Read again only where the
    // session came from another server; changes are still made against the version the person saw (R21).
    private transient CaseFile caseFile;
    private transient EnquiryView enquiry;
    private transient List<ConsentView> consentHistory;
    private transient String concernNames;
    private Long versionShown;
    private HashMap<String, String> categoryNames;
    private ConsentInput consentForm = new ConsentInput();
    private String outcome;
    private String outcomeReasons;
    private String closingThreshold;
    // The page's forms for changes, by id, that this person opened (or the page opened for them): a form not open
    // is left out of the view, which is built again on every request (issue 16).
    private final HashSet<String> formsOpen = new HashSet<>();

    public void load() throws IOException {
        try {
            refresh();
        } catch (OutsideNeedToKnow denied) {
            PageDenial.alreadyRecorded(denied);
        } catch (EnquiryDisposed gone) {
            EnquiryGone.show(gone);
        } catch (NoSuchEnquiry missing) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, missing.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Reads the case file: one read for the whole page. */
    public void refresh() {
        show(caseFiles.open(reference));
    }

    /**
     * Runs a command of this page (one or more boundary calls) and shows the case file as it left it: the whole
     * page action is one transaction, one need-to-know check and the command's own events.
     */
    public void change(Runnable command) {
        show(caseFiles.after(reference, command));
    }

    private void show(CaseFile file) {
        display(file);
        versionShown = file.enquiry().version();
    }

    /** The case file as shown, read again if the session has just come from another server. */
    private CaseFile shown() {
        if (caseFile == null && versionShown != null) {
            display(caseFiles.open(reference));
        }
        return caseFile;
    }

    private void display(CaseFile file) {
        caseFile = file;
        enquiry = file.enquiry();
        consentHistory = file.consentHistory();
        if (categoryNames == null) {
            // A maintained list that changes rarely: read once for the page, not on every action.
            categoryNames = new HashMap<>(concernCategories.names());
        }
        if (consentHistory.isEmpty()) {
            // A draft cannot open without a consent decision (R1): the form it needs first is open already.
            formsOpen.add("consent");
        }
        concernNames = enquiry.concernCategories().stream().map(code -> categoryNames.getOrDefault(code, code))
                .collect(Collectors.joining(", "));
    }

    /** Records the consent decision typed in the form; on a refusal, the messages go next to the fields. */
    public void recordConsent() {
        try {
            ConsentDetails details = consentForm.toDetails();
            change(() -> consentDecisions.record(reference, details));
            consentForm = new ConsentInput();
            inform("The consent decision is recorded.");
        } catch (InvalidInput invalid) {
            FieldMessages.show("consent", invalid.problems());
        }
    }

    /** Moves the enquiry to {@code next}, from the version this page shows (R21). */
    public void moveTo(String next) {
        try {
            long versionShown = this.versionShown;
            EnquiryStatus to = EnquiryStatus.valueOf(next);
            Outcome chosen = outcome == null || outcome.isBlank() ? null : Outcome.valueOf(outcome);
            Threshold atClose = closingThreshold == null || closingThreshold.isBlank() ? null
                    : Threshold.valueOf(closingThreshold);
            change(() -> enquiries.moveTo(reference, versionShown, to, chosen, outcomeReasons, atClose));
            inform("The enquiry is now " + enquiry.status().label().toLowerCase() + ".");
        } catch (InvalidInput invalid) {
            FieldMessages.show("lifecycle", invalid.problems());
        } catch (DomainException refused) {
            // R1, R21 and the life cycle's own refusals: said plainly at the top, with nothing lost.
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_ERROR, refused.getMessage(), refused.getMessage()));
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    /** The printable record as a PDF in place of the page; the print is audited. */
    public void print() throws IOException {
        try {
            PrintedCaseFile printed = caseFiles.print(reference);
            ReportDownload.send(printed.caseFile().enquiry().reference() + ".pdf", ReportPdf.TYPE,
                    EnquiryPdf.of(printed, agencies.names()));
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    private static void inform(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, text));
    }

    /** Opens one of the page's forms in place: it is in the view from the next request on. */
    public void open(String form) {
        formsOpen.add(form);
    }

    public boolean isOpen(String form) {
        return formsOpen.contains(form);
    }

    public boolean isShowing(String kind) {
        return kind.equals(consentForm.getKind());
    }

    public String getReference() {
        return reference;
    }

    /** The case file as the page last read it; the page's other parts show their lists from it. */
    public CaseFile getCaseFile() {
        return shown();
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public EnquiryView getEnquiry() {
        shown();
        return enquiry;
    }

    public List<ConsentView> getConsentHistory() {
        shown();
        return consentHistory;
    }

    /** The enquiry's concern categories by the names people read, or empty when none were recorded. */
    public String getConcernNames() {
        shown();
        return concernNames;
    }

    /** Who works on the enquiry beside its owner, for reading. */
    public String getAssigneeNames() {
        List<String> assignees = getEnquiry().assignees();
        return assignees.isEmpty() ? "Nobody else" : String.join(", ", assignees);
    }

    public ConsentInput getConsentForm() {
        return consentForm;
    }

    public ConsentKind[] getConsentKinds() {
        return ConsentKind.values();
    }

    public ConsentGround[] getConsentGrounds() {
        return ConsentGround.values();
    }

    public ConsentFactor[] getConsentFactors() {
        return ConsentFactor.values();
    }

    public Capacity[] getCapacities() {
        return Capacity.values();
    }

    public Outcome[] getOutcomes() {
        return Outcome.values();
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeReasons() {
        return outcomeReasons;
    }

    public void setOutcomeReasons(String outcomeReasons) {
        this.outcomeReasons = outcomeReasons;
    }

    /** The threshold view at the close; the one recorded until the person chooses another (R29). */
    public String getClosingThreshold() {
        return closingThreshold != null ? closingThreshold
                : getEnquiry() == null || enquiry.threshold() == null ? null : enquiry.threshold().name();
    }

    public void setClosingThreshold(String closingThreshold) {
        this.closingThreshold = closingThreshold;
    }

    public Threshold[] getThresholds() {
        return Threshold.values();
    }
}
