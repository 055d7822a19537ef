package uk.imap.benchmark;

import java.util.ArrayList;
import java.util.List;

/** Percentiles of measured times, for the benchmarks' tables. */
final class Latencies {

    private Latencies() {
    }

    static double percentile(List<Long> times, int percent) {
        List<Long> sorted;
        synchronized (times) {
            sorted = new ArrayList<>(times);
        }
        sorted.sort(null);
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
