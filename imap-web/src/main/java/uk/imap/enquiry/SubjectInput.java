package uk.imap.enquiry;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.shared.FieldProblem;
import uk.imap.web.DateBoxes;

/** One subject as typed into the intake form or sent to the API. */
public class SubjectInput implements Serializable {

    private String kind;
    private String givenName;
    private String familyName;
    private String dateOfBirth;
    // The page types the date of birth in boxes; the API sends dateOfBirth as YYYY-MM-DD.
    private DateBoxes born = new DateBoxes();
    private String approximateAge;
    private String address;
    private Long linkedSubjectId;
    private String relationship;

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getGivenName() {
        return givenName;
    }

    public void setGivenName(String givenName) {
        this.givenName = givenName;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public String getDateOfBirth() {
        return dateOfBirth;
    }

    public void setDateOfBirth(String dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    @JsonbTransient
    public DateBoxes getBorn() {
        return born;
    }

    @JsonbTransient
    public void setBorn(DateBoxes born) {
        this.born = born;
    }

    /**
     * The date of birth typed, from the boxes where the page filled them, else the API's text.
     *
     * @param field the API's name for the field, where a problem is reported
     */
    LocalDate dateOfBirth(String field, List<FieldProblem> problems) {
        return born != null && !born.isEmpty() ? born.date(field, "Date of birth", problems)
                : Codes.date(dateOfBirth, field, problems);
    }

    public String getApproximateAge() {
        return approximateAge;
    }

    public void setApproximateAge(String approximateAge) {
        this.approximateAge = approximateAge;
    }

    /** R24: the person already known whom the practitioner chose as the same, or null. */
    public Long getLinkedSubjectId() {
        return linkedSubjectId;
    }

    public void setLinkedSubjectId(Long linkedSubjectId) {
        this.linkedSubjectId = linkedSubjectId;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getRelationship() {
        return relationship;
    }

    public void setRelationship(String relationship) {
        this.relationship = relationship;
    }
}
