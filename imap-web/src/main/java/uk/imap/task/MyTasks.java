package uk.imap.task;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.OffsetDateTime;
import java.util.List;

/** Backs the tasks on the home page (index.xhtml): read once per request (R29). */
@Named
@RequestScoped
public class MyTasks {

    /** What changed that the home page lists before "Show all": a hundred answers are a wall, not a list. */
    static final int NEWEST_ON_THE_PAGE = 20;

    @Inject
    Tasks tasks;

    @Inject
    TaskCount count;

    private List<Task> list;
    private List<Task> shown;
    private boolean all;

    public List<Task> getList() {
        if (list == null) {
            list = tasks.mine();
            count.counted(list.size());
        }
        return list;
    }

    /** What the page lists: all tasks once asked for, else the newest of what changed and all that falls due. */
    public List<Task> getShown() {
        if (shown == null) {
            shown = all ? getList() : Task.firstOnAPage(getList(), OffsetDateTime.now(), NEWEST_ON_THE_PAGE);
        }
        return shown;
    }

    /** How many of the tasks the page leaves out until the person asks for all of them. */
    public int getLeftOut() {
        return getList().size() - getShown().size();
    }

    public boolean isAll() {
        return all;
    }

    public void setAll(boolean all) {
        this.all = all;
    }
}
