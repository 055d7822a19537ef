package uk.imap.task;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One thing for the person to look at: when it happened (or falls due), the enquiry it concerns if any, what it is
 * in a few words without names or case content, and the page that deals with it.
 *
 * @param reference the enquiry's reference, or null for a task about no one enquiry
 * @param link      the page, relative to the application
 */
public record Task(TaskKind kind, OffsetDateTime at, String reference, String summary, String link)
        implements Serializable {

    /**
     * What has happened (or fell due) by {@code now}, newest first; then what falls due later, soonest first. So
     * what changed is never pushed down by a long list of future due times.
     */
    public static List<Task> newestFirst(List<Task> tasks, OffsetDateTime now) {
        Comparator<Task> happened = Comparator.comparing(Task::at).reversed();
        Comparator<Task> upcoming = Comparator.comparing(Task::at);
        return tasks.stream().sorted((a, b) -> {
            boolean aAhead = a.at().isAfter(now);
            boolean bAhead = b.at().isAfter(now);
            if (aAhead != bAhead) {
                return aAhead ? 1 : -1;
            }
            return aAhead ? upcoming.compare(a, b) : happened.compare(a, b);
        }).toList();
    }

    /**
     * What a home page lists of tasks already in {@link #newestFirst} order: the {@code newest} of what has happened
     * and everything that falls due later, so a long run of answers never hides what is about to fall due.
     */
    public static List<Task> firstOnAPage(List<Task> ordered, OffsetDateTime now, int newest) {
        List<Task> shown = new ArrayList<>(ordered.stream().filter(task -> !task.at().isAfter(now)).limit(newest)
                .toList());
        ordered.stream().filter(task -> task.at().isAfter(now)).forEach(shown::add);
        return shown;
    }

    public static String enquiryPage(String reference) {
        return "enquiry/detail.xhtml?reference=" + reference;
    }
}
