package uk.imap.enquiry;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import uk.imap.shared.InvalidInput;

/** Backs enquiry/new.xhtml: the front-door intake form that drafts an enquiry. */
@Named
@ViewScoped
public class EnquiryIntake implements Serializable {

    @Inject
    Enquiries enquiries;

    @Inject
    ConcernCategories concernCategories;

    private final EnquiryInput form = new EnquiryInput();
    private List<ConcernCategories.Choice> categoryChoices;

    public EnquiryIntake() {
        // Most enquiries start with the child the concern is about.
        SubjectInput child = new SubjectInput();
        child.setKind(SubjectKind.CHILD.name());
        child.setRelationship(Relationship.SUBJECT.name());
        form.getSubjects().add(child);
    }

    public void load() {
        categoryChoices = concernCategories.active();
    }

    public void addSubject() {
        form.getSubjects().add(new SubjectInput());
    }

    public void removeSubject(int index) {
        form.getSubjects().remove(index);
    }

    public String save() {
        try {
            EnquiryView drafted = enquiries.draft(form.toIntake());
            return "/enquiry/detail.xhtml?faces-redirect=true&created=true&reference=" + drafted.reference();
        } catch (InvalidInput invalid) {
            FieldMessages.show("intake", invalid.problems());
            return null;
        }
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
