package uk.imap.enquiry;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.access.PageDenial;
import uk.imap.casefile.EnquiryView;
import uk.imap.person.People;
import uk.imap.person.PossibleMatch;
import uk.imap.shared.InvalidInput;
import uk.imap.web.FieldMessages;

/**
 * Backs enquiry/new.xhtml, the front-door intake form that drafts an enquiry, and enquiry/edit.xhtml, the same
 * form correcting one. A refusal or a conflict keeps everything typed (R21, R22).
 */
@Named
@ViewScoped
public class EnquiryIntake implements Serializable {

    @Inject
    Enquiries enquiries;

    @Inject
    ConcernCategories concernCategories;

    @Inject
    People people;

    private String reference;
    private EnquiryStatus status = EnquiryStatus.DRAFT;
    private EnquiryInput form = new EnquiryInput();
    private List<ConcernCategories.Choice> categoryChoices;
    private final Map<Integer, List<PossibleMatch>> knownPeople = new HashMap<>();

    public EnquiryIntake() {
        // Most enquiries start with the child the concern is about.
        SubjectInput child = new SubjectInput();
        child.setKind(SubjectKind.CHILD.name());
        child.setRelationship(Relationship.SUBJECT.name());
        form.getSubjects().add(child);
    }

    public void load() throws IOException {
        categoryChoices = concernCategories.active();
        if (reference != null && !FacesContext.getCurrentInstance().isPostback()) {
            try {
                EnquiryView enquiry = enquiries.find(reference);
                status = enquiry.status();
                form = EnquiryInput.of(enquiry);
            } catch (OutsideNeedToKnow denied) {
                PageDenial.alreadyRecorded(denied);
            } catch (EnquiryDisposed gone) {
            EnquiryGone.show(gone);
        } catch (NoSuchEnquiry missing) {
                FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, missing.getMessage());
                FacesContext.getCurrentInstance().responseComplete();
            }
        }
    }

    public void addSubject() {
        form.getSubjects().add(new SubjectInput());
    }

    public void removeSubject(int index) {
        form.getSubjects().remove(index);
        knownPeople.clear();
    }

    /**
     * R24: as a person is typed, offers people already known who may be the same. The offer never links by itself;
     * a chosen link the person no longer matches is dropped.
     */
    public void checkKnownPeople(int index) {
        SubjectInput subject = form.getSubjects().get(index);
        // A date still being typed matches nothing yet; its problems are told when the form is saved.
        LocalDate born = subject.dateOfBirth("dateOfBirth", new ArrayList<>());
        List<PossibleMatch> matches = people.possibleMatches(subject.getGivenName(), subject.getFamilyName(), born,
                subject.getAddress(), reference);
        // Re-drawn only when the offer changes, so a choice being clicked as a field loses focus is not wiped.
        if (!matches.equals(knownPeople.put(index, matches))) {
            if (matches.stream().noneMatch(match -> match.subjectId().equals(subject.getLinkedSubjectId()))) {
                subject.setLinkedSubjectId(null);
            }
            PrimeFaces.current().ajax().update("intake:subject:" + index + ":knownPeople");
        }
    }

    public List<PossibleMatch> matchesFor(int index) {
        return knownPeople.getOrDefault(index, List.of());
    }

    public String save() {
        try {
            EnquiryView saved = reference == null
                    ? enquiries.draft(form.toIntake())
                    : enquiries.revise(reference, form.getVersion(), form.toIntake());
            return "/enquiry/detail.xhtml?faces-redirect=true&reference=" + saved.reference()
                    + (reference == null ? "&created=true" : "");
        } catch (InvalidInput invalid) {
            FieldMessages.show("intake", invalid.problems());
        } catch (EditConflict conflict) {
            // R21: say who changed it and when; what this person typed stays in the form, and saving again
            // (after checking theirs) is a deliberate choice made from the newer version.
            form.setVersion(enquiries.find(reference).version());
            String text = conflict.getMessage() + " What you typed is kept below; saving again replaces their"
                    + " details with yours.";
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text));
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    /** After opening, people are not added or removed here (the domain refuses it), so their fields are read-only. */
    public boolean isSubjectsLocked() {
        return status != EnquiryStatus.DRAFT;
    }

    public String getReference() {
        return reference;
    }

    public void setReference(String reference) {
        this.reference = reference;
    }

    public EnquiryInput getForm() {
        return form;
    }

    public List<ConcernCategories.Choice> getCategoryChoices() {
        return categoryChoices;
    }

    public Source[] getSources() {
        return Source.values();
    }

    public Threshold[] getThresholds() {
        return Threshold.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public SubjectKind[] getSubjectKinds() {
        return SubjectKind.values();
    }

    public Relationship[] getRelationships() {
        return Relationship.values();
    }
}
