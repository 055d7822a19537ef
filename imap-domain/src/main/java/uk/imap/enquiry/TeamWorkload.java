package uk.imap.enquiry;

import java.io.Serializable;
import java.util.List;

/** R29: a hub team's open work per worker, for its manager, busiest first. */
public record TeamWorkload(String team, List<WorkerLoad> workers) implements Serializable {
}
