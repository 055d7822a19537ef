package uk.imap.enquiry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.imap.shared.FieldProblem;

/** RAG priority. Always shown with its word, never by colour alone (R26). */
public enum Priority {
    RED("Red", Duration.ofHours(4)),
    AMBER("Amber", Duration.ofHours(24)),
    GREEN("Green", Duration.ofHours(72));

    private final String label;
    private final Duration defaultResponseTime;

    Priority(String label, Duration defaultResponseTime) {
        this.label = label;
        this.defaultResponseTime = defaultResponseTime;
    }

    public String label() {
        return label;
    }

    /**
     * What is wrong with a setting of hours by priority: one problem for each priority without a whole number of
     * hours from 1 to {@code most}.
     *
     * @param whose what the hours are for, in the message: "Give the hours {whose} red as …"
     */
    public static List<FieldProblem> hoursProblems(Map<Priority, Integer> hours, int most, String whose) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Priority priority : values()) {
            Integer given = hours.get(priority);
            if (given == null || given < 1 || given > most) {
                problems.add(new FieldProblem(priority.name(), "Give the hours " + whose + " "
                        + priority.label().toLowerCase() + " as a whole number from 1 to " + most));
            }
        }
        return problems;
    }

    /** R15: the default time an agency has to answer a request at this priority. */
    public Duration defaultResponseTime() {
        return defaultResponseTime;
    }
}
