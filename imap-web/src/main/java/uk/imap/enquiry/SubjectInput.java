package uk.imap.enquiry;

import java.io.Serializable;

/** One subject as typed into the intake form or sent to the API. */
public class SubjectInput implements Serializable {

    private String kind;
    private String givenName;
    private String familyName;
    private String dateOfBirth;
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
