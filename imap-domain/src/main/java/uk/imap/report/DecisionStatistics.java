package uk.imap.report;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.calendar.WorkingCalendar;

/**
 * R25: the hub's performance over a period, for managers and auditors: counts and times only, never a name, a
 * summary or what an agency shared.
 *
 * @param from first day of the period (UTC)
 * @param to   last day of the period, included
 */
public record DecisionStatistics(LocalDate from, LocalDate to, List<Count> enquiriesBySourceAndOutcome,
                                 List<Count> consentDecisionsByKind, List<Count> disclosuresByAgencyAndDecision,
                                 List<RequestTimes> requestsByAgencyAndPriority, HubDecisionTime hubDecision)
        implements Serializable {

    /** How many records share a group and, where there is one, a second group. */
    public record Count(String group, String subgroup, long count) implements Serializable {
    }

    /** Requests to one agency at one priority, by how each stands against its due time. */
    public record RequestTimes(String agency, String priority, long onTime, long late, long overdue, long notYetDue,
                               long withdrawn) implements Serializable {

        /** Answered on time out of all answered, as a whole percentage; null when none was answered. */
        public Integer onTimePercent() {
            long answered = onTime + late;
            return answered == 0 ? null : (int) Math.round(100.0 * onTime / answered);
        }
    }

    /** The period as people read it: "1 Jan 2026 to 31 Dec 2026". */
    public String period() {
        return WorkingCalendar.day(from) + " to " + WorkingCalendar.day(to);
    }

    /** The same figures as tables, for the page, CSV and PDF. */
    public List<ReportTable> tables() {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(counts("Enquiries opened, by source and outcome", "Source", "Outcome",
                enquiriesBySourceAndOutcome));
        tables.add(counts("Consent decisions recorded, by kind", "Kind", null, consentDecisionsByKind));
        tables.add(counts("Agencies' answers, by agency and decision", "Agency", "Decision",
                disclosuresByAgencyAndDecision));
        List<List<String>> requests = new ArrayList<>();
        for (RequestTimes row : requestsByAgencyAndPriority) {
            requests.add(List.of(row.agency(), row.priority(), Long.toString(row.onTime()), Long.toString(row.late()),
                    Long.toString(row.overdue()), Long.toString(row.notYetDue()), Long.toString(row.withdrawn()),
                    row.onTimePercent() == null ? "none answered" : row.onTimePercent() + "%"));
        }
        tables.add(new ReportTable("Requests sent to agencies, by agency and priority", List.of("Agency", "Priority",
                Timeliness.ON_TIME.label(), Timeliness.LATE.label(), Timeliness.OVERDUE.label(),
                Timeliness.NOT_YET_DUE.label(), Timeliness.WITHDRAWN.label(), "Answered on time"), requests));
        tables.add(new ReportTable("Time to hub decision, from receipt", List.of("Enquiries decided",
                "Decided by their due time", "Median hours from receipt to decision"),
                List.of(List.of(Long.toString(hubDecision.decided()),
                Long.toString(hubDecision.withinDue()),
                hubDecision.medianHours() == null ? "none decided" : hubDecision.medianHours().toString()))));
        return tables;
    }

    private static ReportTable counts(String title, String group, String subgroup, List<Count> counts) {
        List<String> headings = subgroup == null ? List.of(group, "Number") : List.of(group, subgroup, "Number");
        List<List<String>> rows = counts.stream().map(c -> subgroup == null
                ? List.of(c.group(), Long.toString(c.count()))
                : List.of(c.group(), c.subgroup(), Long.toString(c.count()))).toList();
        return new ReportTable(title, headings, rows);
    }
}
