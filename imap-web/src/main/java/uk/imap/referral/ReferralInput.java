package uk.imap.referral;

import jakarta.json.bind.annotation.JsonbTransient;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.api.Codes;
import uk.imap.enquiry.Threshold;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.web.DateBoxes;

/**
 * A referral as typed into the online form or sent to POST /referrals: text, turned into a {@link Referral} at once.
 * Codes not on their list and dates that are not dates are reported by field with the rest of the problems.
 */
public class ReferralInput implements Serializable {

    private static final long serialVersionUID = 1L;

    private String referrerName;
    private String referrerOrganisation;
    private String referrerRole;
    private String referrerEmail;
    private String referrerPhone;
    private String childGivenName;
    private String childFamilyName;
    private String childDateOfBirth;
    // The page types the date of birth in boxes; the API sends childDateOfBirth as YYYY-MM-DD.
    private DateBoxes dateOfBirth = new DateBoxes();
    private String childAddress;
    private String parentsOrCarers;
    private String concern;
    private String urgency;
    private String needSeen;
    private String consentAsked;
    private String consentDetails;

    /**
     * The referral these fields describe.
     *
     * @throws InvalidInput naming every field to put right, those of the text and those of the referral at once
     */
    public Referral toReferral(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate born = dateOfBirth != null && !dateOfBirth.isEmpty()
                ? dateOfBirth.date("childDateOfBirth", "Date of birth", problems)
                : Codes.date(childDateOfBirth, "childDateOfBirth", problems);
        Referral referral = new Referral(referrerName, referrerOrganisation, referrerRole, referrerEmail, referrerPhone,
                childGivenName, childFamilyName, born, childAddress, parentsOrCarers, concern,
                Codes.parse(Urgency.class, urgency, "urgency", problems),
                Codes.parse(Threshold.class, needSeen, "needSeen", problems),
                Codes.parse(ConsentAsked.class, consentAsked, "consentAsked", problems), consentDetails);
        List<String> refused = problems.stream().map(FieldProblem::field).toList();
        referral.problems(today).stream().filter(problem -> !refused.contains(problem.field())).forEach(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return referral;
    }

    public String getReferrerName() {
        return referrerName;
    }

    public void setReferrerName(String referrerName) {
        this.referrerName = referrerName;
    }

    public String getReferrerOrganisation() {
        return referrerOrganisation;
    }

    public void setReferrerOrganisation(String referrerOrganisation) {
        this.referrerOrganisation = referrerOrganisation;
    }

    public String getReferrerRole() {
        return referrerRole;
    }

    public void setReferrerRole(String referrerRole) {
        this.referrerRole = referrerRole;
    }

    public String getReferrerEmail() {
        return referrerEmail;
    }

    public void setReferrerEmail(String referrerEmail) {
        this.referrerEmail = referrerEmail;
    }

    public String getReferrerPhone() {
        return referrerPhone;
    }

    public void setReferrerPhone(String referrerPhone) {
        this.referrerPhone = referrerPhone;
    }

    public String getChildGivenName() {
        return childGivenName;
    }

    public void setChildGivenName(String childGivenName) {
        this.childGivenName = childGivenName;
    }

    public String getChildFamilyName() {
        return childFamilyName;
    }

    public void setChildFamilyName(String childFamilyName) {
        this.childFamilyName = childFamilyName;
    }

    public String getChildDateOfBirth() {
        return childDateOfBirth;
    }

    public void setChildDateOfBirth(String childDateOfBirth) {
        this.childDateOfBirth = childDateOfBirth;
    }

    @JsonbTransient
    public DateBoxes getDateOfBirth() {
        return dateOfBirth;
    }

    @JsonbTransient
    public void setDateOfBirth(DateBoxes dateOfBirth) {
        this.dateOfBirth = dateOfBirth;
    }

    public String getChildAddress() {
        return childAddress;
    }

    public void setChildAddress(String childAddress) {
        this.childAddress = childAddress;
    }

    public String getParentsOrCarers() {
        return parentsOrCarers;
    }

    public void setParentsOrCarers(String parentsOrCarers) {
        this.parentsOrCarers = parentsOrCarers;
    }

    public String getConcern() {
        return concern;
    }

    public void setConcern(String concern) {
        this.concern = concern;
    }

    public String getUrgency() {
        return urgency;
    }

    public void setUrgency(String urgency) {
        this.urgency = urgency;
    }

    public String getNeedSeen() {
        return needSeen;
    }

    public void setNeedSeen(String needSeen) {
        this.needSeen = needSeen;
    }

    public String getConsentAsked() {
        return consentAsked;
    }

    public void setConsentAsked(String consentAsked) {
        this.consentAsked = consentAsked;
    }

    public String getConsentDetails() {
        return consentDetails;
    }

    public void setConsentDetails(String consentDetails) {
        this.consentDetails = consentDetails;
    }
}
