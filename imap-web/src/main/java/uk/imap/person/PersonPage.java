package uk.imap.person;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.PageDenial;
import uk.imap.casefile.CaseFiles;
import uk.imap.casefile.StoryEntry;
import uk.imap.report.ReportDownload;
import uk.imap.report.ReportPdf;
import uk.imap.shared.DomainException;
import uk.imap.shared.NoSuchRecord;
import uk.imap.sharing.Agencies;
import uk.imap.subjectaccess.SubjectAccess;
import uk.imap.subjectaccess.SubjectAccessPdf;
import uk.imap.web.Notices;

/** Backs person.xhtml: one person and every enquiry they appear in that the reader may see (R28). */
@Named
@RequestScoped
public class PersonPage {

    @Inject
    People people;

    @Inject
    Agencies agencies;

    @Inject
    CaseFiles caseFiles;

    @Inject
    SubjectAccess subjectAccess;

    private long id;
    private PersonStory person;
    private List<StoryEntry> story;
    private Map<String, String> agencyNames;

    public void load() throws IOException {
        try {
            person = people.person(id);
            story = caseFiles.story(person.enquiries().stream().map(PersonEnquiry::reference).toList());
            agencyNames = agencies.names();
        } catch (OutsideNeedToKnow denied) {
            PageDenial.alreadyRecorded(denied);
        } catch (NoSuchRecord missing) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, missing.getMessage());
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /**
     * R33: the subject access bundle about this person, as the PDF to review before release, in place of the page.
     * Within the manager's need to know; producing it is audited.
     */
    public void subjectAccessBundle() throws IOException {
        try {
            ReportDownload.send("subject-access-" + id + ".pdf", ReportPdf.TYPE,
                    SubjectAccessPdf.of(subjectAccess.bundle(id, null)));
        } catch (DomainException refused) {
            Notices.refuse(refused);
        }
    }

    /** The agencies asked, by the names people know them by. */
    public String agenciesAsked(PersonEnquiry enquiry) {
        List<String> names = enquiry.agenciesAsked().stream().map(code -> agencyNames.getOrDefault(code, code))
                .toList();
        return names.isEmpty() ? "None" : String.join(", ", names);
    }

    public String consent(PersonEnquiry enquiry) {
        return enquiry.consent().isEmpty() ? "Not yet decided" : String.join(", then ", enquiry.consent());
    }

    public long getId() {
        return id;
    }

    public void setId(long id) {
        this.id = id;
    }

    /** R29: what happened across the person's enquiries, oldest first. */
    public List<StoryEntry> getStory() {
        return story;
    }

    public String agencyName(String code) {
        return code == null ? "" : agencyNames.getOrDefault(code, code);
    }

    public PersonStory getPerson() {
        return person;
    }
}
