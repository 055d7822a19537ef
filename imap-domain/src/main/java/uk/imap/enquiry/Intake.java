package uk.imap.enquiry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.shared.Text;
import uk.imap.shared.FieldProblem;

/**
 * What a practitioner records at the front door to draft an enquiry. Field names in its problems are the
 * API's, so the page and the API put each message next to the same field.
 */
public record Intake(Source source, Referrer referrer, String summary, Threshold threshold, Priority priority,
                     List<String> concernCategories, List<SubjectDetails> subjects, Receipt receipt) {

    static final int SUMMARY_LENGTH = 4000;
    static final int REFERRER_LENGTH = 200;

    public Intake {
        concernCategories = concernCategories == null ? List.of() : List.copyOf(concernCategories);
        subjects = subjects == null ? List.of() : List.copyOf(subjects);
        receipt = receipt == null ? Receipt.now() : receipt;
    }

    /** An intake received as it is recorded. */
    public Intake(Source source, Referrer referrer, String summary, Threshold threshold, Priority priority,
                  List<String> concernCategories, List<SubjectDetails> subjects) {
        this(source, referrer, summary, threshold, priority, concernCategories, subjects, Receipt.now());
    }

    /** This intake with another time of receipt. */
    public Intake withReceipt(Receipt another) {
        return new Intake(source, referrer, summary, threshold, priority, concernCategories, subjects, another);
    }

    /**
     * Every problem with this intake, all at once so that a person can fix them in one go (R22).
     *
     * @param knownConcernCategories the codes of the maintained list of concern categories
     */
    public List<FieldProblem> problems(OffsetDateTime at, Set<String> knownConcernCategories) {
        LocalDate today = at.atZoneSameInstant(WorkingCalendar.HUB_ZONE).toLocalDate();
        List<FieldProblem> problems = new ArrayList<>(receipt.problems(at));
        if (source == null) {
            problems.add(new FieldProblem("source", "Choose who raised the concern"));
        } else if (source.hasReferrer()) {
            Referrer given = referrer == null ? new Referrer(null, null, null) : referrer;
            Text.require(given.name(), REFERRER_LENGTH, "referrer.name", "Enter the referrer's name", problems);
            Text.limit(given.organisation(), REFERRER_LENGTH, "referrer.organisation", problems);
            Text.limit(given.contact(), REFERRER_LENGTH, "referrer.contact", problems);
        } else if (referrer != null && hasAny(referrer)) {
            problems.add(new FieldProblem("referrer", "An anonymous enquiry has no referrer: leave the referrer empty"));
        }
        Text.require(summary, SUMMARY_LENGTH, "summary", "Enter a summary of the concern", problems);
        if (threshold == null) {
            problems.add(new FieldProblem("threshold", "Choose the threshold view"));
        }
        if (priority == null) {
            problems.add(new FieldProblem("priority", "Choose the RAG priority"));
        }
        for (String code : concernCategories) {
            if (!knownConcernCategories.contains(code)) {
                problems.add(new FieldProblem("concernCategories", "Choose concern categories from the list"));
                break;
            }
        }
        if (subjects.isEmpty()) {
            problems.add(new FieldProblem("subjects", "Add at least one child or young person"));
        } else if (subjects.stream().noneMatch(s -> s.kind() == SubjectKind.CHILD)) {
            problems.add(new FieldProblem("subjects", "At least one subject must be a child or young person"));
        }
        for (int i = 0; i < subjects.size(); i++) {
            problems.addAll(subjects.get(i).problems("subjects[" + i + "].", today));
        }
        return problems;
    }

    private static boolean hasAny(Referrer referrer) {
        return Text.trimmed(referrer.name()) != null || Text.trimmed(referrer.organisation()) != null
                || Text.trimmed(referrer.contact()) != null;
    }
}
