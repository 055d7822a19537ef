package uk.imap.referral;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Receipt;
import uk.imap.enquiry.Referrer;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.Text;

/**
 * A professional's referral as the online form takes it (R32): who refers, the child, the concern, how urgent it is,
 * the level of need the referrer sees and whether the family was asked. It becomes a draft on the hub's intake list
 * with the referrer's view as the starting threshold and priority; the hub reviews both.
 */
public record Referral(String referrerName, String referrerOrganisation, String referrerRole, String referrerEmail,
                      String referrerPhone, String childGivenName, String childFamilyName, LocalDate childDateOfBirth,
                      String childAddress, String parentsOrCarers, String concern, Urgency urgency, Threshold needSeen,
                      ConsentAsked consentAsked, String consentDetails) {

    static final int SHORT = 200;
    static final int LONG = 2000;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** Every problem with the referral, all at once, by the form's field names. */
    public List<FieldProblem> problems(LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        Text.require(referrerName, SHORT, "referrerName", "Enter your name", problems);
        Text.require(referrerOrganisation, SHORT, "referrerOrganisation", "Enter your organisation", problems);
        Text.limit(referrerRole, SHORT, "referrerRole", problems);
        Text.require(referrerEmail, SHORT, "referrerEmail", "Enter your work e-mail address: the outcome is sent there",
                problems);
        if (Text.trimmed(referrerEmail) != null && !EMAIL.matcher(referrerEmail.strip()).matches()) {
            problems.add(new FieldProblem("referrerEmail", "Enter an e-mail address in the form name@example.org"));
        }
        Text.limit(referrerPhone, SHORT, "referrerPhone", problems);
        Text.require(childGivenName, SHORT, "childGivenName", "Enter the child's first name", problems);
        Text.require(childFamilyName, SHORT, "childFamilyName", "Enter the child's last name", problems);
        if (childDateOfBirth != null && childDateOfBirth.isAfter(today)) {
            problems.add(new FieldProblem("childDateOfBirth", "Date of birth must be in the past"));
        }
        Text.limit(childAddress, SHORT, "childAddress", problems);
        Text.limit(parentsOrCarers, SHORT, "parentsOrCarers", problems);
        Text.require(concern, LONG, "concern", "Describe your concern about the child", problems);
        if (urgency == null) {
            problems.add(new FieldProblem("urgency", "Say how soon the hub needs to act"));
        }
        if (needSeen == null) {
            problems.add(new FieldProblem("needSeen", "Choose the level of need you see"));
        }
        if (consentAsked == null) {
            problems.add(new FieldProblem("consentAsked", "Say whether you asked the family and what they said"));
        } else if (consentAsked == ConsentAsked.NOT_ASKED) {
            Text.require(consentDetails, LONG, "consentDetails", "Say why you did not ask the family", problems);
        } else {
            Text.limit(consentDetails, LONG, "consentDetails", problems);
        }
        return problems;
    }

    /** The draft's intake: received now, the child the only person, the referrer's words kept in the summary. */
    public Intake intake() {
        String summary = concern.strip()
                + "\n\nReferrer's role: " + orNotGiven(referrerRole)
                + "\nParents or carers: " + orNotGiven(parentsOrCarers)
                + "\nConsent to the referral: " + consentAsked.label()
                + (Text.trimmed(consentDetails) == null ? "" : " (" + consentDetails.strip() + ")")
                + "\nUrgency as the referrer sees it: " + urgency.label()
                + "\nReceived through the online referral form.";
        String contact = Text.trimmed(referrerPhone) == null ? referrerEmail.strip()
                : referrerEmail.strip() + ", " + referrerPhone.strip();
        return new Intake(Source.PROFESSIONAL, new Referrer(referrerName, referrerOrganisation, contact),
                summary.length() > 4000 ? summary.substring(0, 4000) : summary, needSeen, urgency.priority(), List.of(),
                List.of(new SubjectDetails(SubjectKind.CHILD, childGivenName, childFamilyName, childDateOfBirth,
                        childAddress, Relationship.SUBJECT)), Receipt.now());
    }

    private static String orNotGiven(String text) {
        return Text.trimmed(text) == null ? "not given" : text.strip();
    }
}
