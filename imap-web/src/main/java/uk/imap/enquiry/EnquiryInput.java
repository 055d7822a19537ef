package uk.imap.enquiry;

import java.io.Serializable;
import jakarta.json.bind.annotation.JsonbTransient;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.api.Codes;
import uk.imap.casefile.EnquiryView;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.web.DateBoxes;

/**
 * An enquiry as typed into the intake form or sent to POST /enquiries: text, turned into domain values by
 * {@link #toIntake()} at once. Codes that are not on their list are reported by field, like any other bad input.
 */
public class EnquiryInput implements Serializable {

    private Long version;
    private String source;
    private ReferrerInput referrer = new ReferrerInput();
    private String summary;
    private List<String> concernCategories = new ArrayList<>();
    private String threshold;
    private String priority;
    private List<SubjectInput> subjects = new ArrayList<>();
    private String receivedAt;
    private String receivedAtReason;
    // The page types the time of receipt in boxes; the API sends receivedAt as ISO-8601.
    private DateBoxes received = new DateBoxes();

    /** The form filled with an enquiry as it stands, to correct it; the version read goes with it (R21). */
    public static EnquiryInput of(EnquiryView enquiry) {
        EnquiryInput input = new EnquiryInput();
        input.version = enquiry.version();
        input.source = enquiry.source().name();
        if (enquiry.referrer() != null) {
            input.referrer.setName(enquiry.referrer().name());
            input.referrer.setOrganisation(enquiry.referrer().organisation());
            input.referrer.setContact(enquiry.referrer().contact());
        }
        input.summary = enquiry.summary();
        input.concernCategories = new ArrayList<>(enquiry.concernCategories());
        input.threshold = enquiry.threshold().name();
        input.priority = enquiry.priority().name();
        input.received = DateBoxes.of(enquiry.receivedAt());
        input.receivedAtReason = enquiry.receivedAtReason();
        for (EnquiryView.SubjectView subject : enquiry.subjects()) {
            SubjectInput typed = new SubjectInput();
            typed.setKind(subject.kind().name());
            typed.setGivenName(subject.givenName());
            typed.setFamilyName(subject.familyName());
            // In the boxes only: emptied there, the date of birth is gone.
            typed.setBorn(DateBoxes.of(subject.dateOfBirth()));
            typed.setApproximateAge(subject.approximateAge() == null ? null : subject.approximateAge().toString());
            typed.setLinkedSubjectId(subject.linkedSubjectId());
            typed.setAddress(subject.address());
            typed.setRelationship(subject.relationship().name());
            input.subjects.add(typed);
        }
        return input;
    }

    /**
     * The intake these fields describe.
     *
     * @throws InvalidInput naming each field whose text is not a code of its list or not a date; the domain
     *                      then reports what is missing
     */
    public Intake toIntake() {
        return toIntake(null);
    }

    /**
     * The intake these fields describe, as {@link #toIntake()}, reporting {@code another} problem the caller found
     * with the rest of the body alongside.
     */
    public Intake toIntake(FieldProblem another) {
        List<FieldProblem> problems = new ArrayList<>();
        if (another != null) {
            problems.add(another);
        }
        List<SubjectDetails> details = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            SubjectInput subject = subjects.get(i);
            String prefix = "subjects[" + i + "].";
            details.add(new SubjectDetails(Codes.parse(SubjectKind.class, subject.getKind(), prefix + "kind", problems),
                    subject.getGivenName(), subject.getFamilyName(),
                    subject.dateOfBirth(prefix + "dateOfBirth", problems),
                    Codes.number(subject.getApproximateAge(), prefix + "approximateAge", problems),
                    subject.getAddress(),
                    Codes.parse(Relationship.class, subject.getRelationship(), prefix + "relationship", problems),
                    subject.getLinkedSubjectId()));
        }
        OffsetDateTime receivedTime = received != null && !received.isEmpty()
                ? received.moment("receivedAt", "Time of receipt", problems)
                : Codes.instant(receivedAt, "receivedAt", "2026-12-03T09:30:00Z", problems);
        Intake intake = new Intake(Codes.parse(Source.class, source, "source", problems),
                referrer == null ? null
                        : new Referrer(referrer.getName(), referrer.getOrganisation(), referrer.getContact()),
                summary, Codes.parse(Threshold.class, threshold, "threshold", problems),
                Codes.parse(Priority.class, priority, "priority", problems),
                concernCategories == null ? List.of() : concernCategories, details,
                new Receipt(receivedTime, receivedAtReason));
        if (!problems.isEmpty()) {
            // The domain's own checks follow, except where a field's text was already refused.
            Set<String> refused = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            intake.problems(OffsetDateTime.now(), Set.copyOf(intake.concernCategories())).stream()
                    .filter(problem -> !refused.contains(problem.field()))
                    .forEach(problems::add);
            throw new InvalidInput(problems);
        }
        return intake;
    }

    /** The version of the enquiry the sender read: required when revising (R21), ignored when drafting. */
    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public ReferrerInput getReferrer() {
        return referrer;
    }

    public void setReferrer(ReferrerInput referrer) {
        this.referrer = referrer;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public List<String> getConcernCategories() {
        return concernCategories;
    }

    public void setConcernCategories(List<String> concernCategories) {
        this.concernCategories = concernCategories;
    }

    public String getThreshold() {
        return threshold;
    }

    public void setThreshold(String threshold) {
        this.threshold = threshold;
    }

    public String getPriority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    /** R30: when the referral arrived, as ISO-8601 with its offset; empty means now. */
    public String getReceivedAt() {
        return receivedAt;
    }

    public void setReceivedAt(String receivedAt) {
        this.receivedAt = receivedAt;
    }

    /** Why the time of receipt is earlier than now; needed when it is more than a few minutes earlier. */
    public String getReceivedAtReason() {
        return receivedAtReason;
    }

    public void setReceivedAtReason(String receivedAtReason) {
        this.receivedAtReason = receivedAtReason;
    }

    /** The time of receipt as the page's boxes hold it. */
    @JsonbTransient
    public DateBoxes getReceived() {
        return received;
    }

    @JsonbTransient
    public void setReceived(DateBoxes received) {
        this.received = received;
    }

    public List<SubjectInput> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<SubjectInput> subjects) {
        this.subjects = subjects;
    }
}
