package uk.imap.enquiry;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * An enquiry as typed into the intake form or sent to POST /enquiries: text, turned into domain values by
 * {@link #toIntake()} at once. Codes that are not on their list are reported by field, like any other bad input.
 */
public class EnquiryInput implements Serializable {

    private String source;
    private ReferrerInput referrer = new ReferrerInput();
    private String summary;
    private List<String> concernCategories = new ArrayList<>();
    private String threshold;
    private String priority;
    private List<SubjectInput> subjects = new ArrayList<>();

    /**
     * The intake these fields describe.
     *
     * @throws InvalidInput naming each field whose text is not a code of its list or not a date; the domain
     *                      then reports what is missing
     */
    public Intake toIntake() {
        List<FieldProblem> problems = new ArrayList<>();
        List<SubjectDetails> details = new ArrayList<>();
        for (int i = 0; i < subjects.size(); i++) {
            SubjectInput subject = subjects.get(i);
            String prefix = "subjects[" + i + "].";
            details.add(new SubjectDetails(code(SubjectKind.class, subject.getKind(), prefix + "kind", problems),
                    subject.getGivenName(), subject.getFamilyName(),
                    date(subject.getDateOfBirth(), prefix + "dateOfBirth", problems), subject.getAddress(),
                    code(Relationship.class, subject.getRelationship(), prefix + "relationship", problems)));
        }
        Intake intake = new Intake(code(Source.class, source, "source", problems),
                referrer == null ? null
                        : new Referrer(referrer.getName(), referrer.getOrganisation(), referrer.getContact()),
                summary, code(Threshold.class, threshold, "threshold", problems),
                code(Priority.class, priority, "priority", problems),
                concernCategories == null ? List.of() : concernCategories, details);
        if (!problems.isEmpty()) {
            // The domain's own checks follow, except where a field's text was already refused.
            Set<String> refused = problems.stream().map(FieldProblem::field).collect(Collectors.toSet());
            intake.problems(LocalDate.now(), Set.copyOf(intake.concernCategories())).stream()
                    .filter(problem -> !refused.contains(problem.field()))
                    .forEach(problems::add);
            throw new InvalidInput(problems);
        }
        return intake;
    }

    private static <E extends Enum<E>> E code(Class<E> type, String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, "Choose one of the listed values"));
            return null;
        }
    }

    private static LocalDate date(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "Enter the date as year-month-day, for example 2018-03-04"));
            return null;
        }
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

    public List<SubjectInput> getSubjects() {
        return subjects;
    }

    public void setSubjects(List<SubjectInput> subjects) {
        this.subjects = subjects;
    }
}
