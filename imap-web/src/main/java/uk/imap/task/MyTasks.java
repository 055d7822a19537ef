package uk.imap.task;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** Backs the tasks on the home page (index.xhtml): read once per request (R29). */
@Named
@RequestScoped
public class MyTasks {

    @Inject
    Tasks tasks;

    @Inject
    TaskCount count;

    private List<Task> list;

    public List<Task> getList() {
        if (list == null) {
            list = tasks.mine();
            count.counted(list.size());
        }
        return list;
    }
}
