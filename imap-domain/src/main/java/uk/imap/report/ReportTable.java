package uk.imap.report;

import java.io.Serializable;
import java.util.List;

/** One table of a report as people read it: a title, column headings and rows of words and figures. */
public record ReportTable(String title, List<String> headings, List<List<String>> rows) implements Serializable {

    public ReportTable {
        headings = List.copyOf(headings);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
