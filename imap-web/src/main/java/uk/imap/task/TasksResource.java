package uk.imap.task;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** /tasks: the caller's tasks, newest first (R29). */
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TasksResource {

    @Inject
    Tasks tasks;

    @GET
    public List<Task> mine() {
        return tasks.mine();
    }
}
