package uk.imap.casefile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.imap.access.Roles;
import uk.imap.advice.control.AdviceHistory;
import uk.imap.audit.RecordType;
import uk.imap.casefile.control.EnquiryReading;
import uk.imap.consent.ConsentView;
import uk.imap.consent.control.OverrideHistory;
import uk.imap.document.control.DocumentShelf;
import uk.imap.note.control.NoteHistory;
import uk.imap.report.control.ReportStamps;

/**
 * An enquiry's case file on the enquiry page: opening it is one transaction, one need-to-know check and one
 * audited read (R16, R18), instead of one of each for every part of the page; a change made on the page is one
 * transaction, one check and the change's own events, with the case file as the change left it.
 */
@Stateless
public class CaseFiles {

    @Inject
    EnquiryReading reading;

    @Inject
    OverrideHistory overrides;

    @Inject
    AdviceHistory advice;

    @Inject
    NoteHistory notes;

    @Inject
    DocumentShelf shelf;

    @Inject
    ReportStamps stamps;

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public CaseFile open(String reference) {
        return caseFile(reading.open(reference));
    }

    /**
     * Runs a command of the enquiry page (calls of other boundaries, each with its own roles and audit event) and
     * returns the case file as the command left it, in the command's transaction: the page shows what the command
     * returned instead of reading everything again. If the command is refused, nothing of it is kept.
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public CaseFile after(String reference, Runnable command) {
        command.run();
        return caseFile(reading.afterChange(reference));
    }

    /**
     * The enquiry's summary and chronology to print: read as the page reads it (one need-to-know check, one
     * audited read), and the print itself an audit event whose chain head the print carries.
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public PrintedCaseFile print(String reference) {
        CaseFile file = open(reference);
        return new PrintedCaseFile(file, stamps.printed(RecordType.ENQUIRY, file.enquiry().reference()));
    }

    /**
     * R29: a person's story: the chronologies of their enquiries, each opened as the enquiry page opens it (one
     * need-to-know check and one audited read each), merged oldest first.
     */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<StoryEntry> story(List<String> references) {
        Map<String, Chronology> chronologies = new LinkedHashMap<>();
        references.forEach(reference -> chronologies.put(reference, open(reference).chronology()));
        return StoryEntry.merged(chronologies);
    }

    private CaseFile caseFile(EnquiryReading.Opened opened) {
        return CaseFile.of(opened.view(), opened.enquiry().consentHistory().stream().map(ConsentView::of).toList(),
                overrides.of(opened.enquiry()), advice.of(opened.enquiry()), opened.enquiry().assignmentHistory(),
                notes.of(opened.enquiry()), shelf.of(opened.enquiry()));
    }
}
