package uk.imap.task;

import jakarta.enterprise.context.SessionScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * R29: the number of tasks in the navigation of every page. Counted at most once a minute per session, so a busy
 * person's every click does not recount; the home page sets it afresh whenever it lists the tasks.
 */
@Named
@SessionScoped
public class TaskCount implements Serializable {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    @Inject
    Tasks tasks;

    private static final Logger LOG = Logger.getLogger(TaskCount.class.getName());

    private Integer count;
    private Instant countedAt;

    /** The count, or null while it cannot be known: the navigation never stops a page from showing. */
    public Integer getCount() {
        if (countedAt == null || countedAt.plus(FRESH_FOR).isBefore(Instant.now())) {
            try {
                counted(tasks.count());
            } catch (RuntimeException unavailable) {
                LOG.log(Level.FINE, "Tasks could not be counted for the navigation", unavailable);
                countedAt = Instant.now();
            }
        }
        return count;
    }

    void counted(int tasksListed) {
        this.count = tasksListed;
        this.countedAt = Instant.now();
    }
}
