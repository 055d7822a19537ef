package uk.imap.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** R25: counts requests by agency and priority as each stands against its due time. */
public final class RequestTally {

    private record Key(String agency, int priorityOrder, String priority) {
    }

    private final Map<Key, long[]> counts = new TreeMap<>(
            Comparator.comparing(Key::agency).thenComparingInt(Key::priorityOrder));

    /** Counts one request; {@code priorityOrder} sorts priorities as people expect (red first), not by name. */
    public void add(String agency, int priorityOrder, String priority, Timeliness timeliness) {
        counts.computeIfAbsent(new Key(agency, priorityOrder, priority), k -> new long[Timeliness.values().length])
                [timeliness.ordinal()]++;
    }

    public List<DecisionStatistics.RequestTimes> rows() {
        List<DecisionStatistics.RequestTimes> rows = new ArrayList<>();
        counts.forEach((key, n) -> rows.add(new DecisionStatistics.RequestTimes(key.agency(), key.priority(),
                n[Timeliness.ON_TIME.ordinal()], n[Timeliness.LATE.ordinal()], n[Timeliness.OVERDUE.ordinal()],
                n[Timeliness.NOT_YET_DUE.ordinal()], n[Timeliness.WITHDRAWN.ordinal()])));
        return rows;
    }
}
