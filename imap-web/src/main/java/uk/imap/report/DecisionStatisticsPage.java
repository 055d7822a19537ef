package uk.imap.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.DomainException;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;
import uk.imap.web.DateBoxes;
import uk.imap.web.Notices;

/** Backs reports/decision-statistics.xhtml: the hub's performance for managers and auditors, and its exports (R25). */
@Named
@ViewScoped
public class DecisionStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionStatisticsReport report;

    private DateBoxes from;
    private DateBoxes to;
    private DecisionStatisticsReport.Stamped shown;

    public DecisionStatisticsPage() {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        from = DateBoxes.of(today.withDayOfMonth(1));
        to = DateBoxes.of(today);
    }

    /** Shows the figures for the period chosen. */
    public void show() {
        try {
            DayPeriod period = period();
            shown = report.generate(period.from(), period.to(), ReportFormat.PAGE);
        } catch (DomainException refused) {
            Notices.refuse("period", refused);
        }
    }

    public void downloadCsv() throws IOException {
        download(ReportFormat.CSV);
    }

    public void downloadPdf() throws IOException {
        download(ReportFormat.PDF);
    }

    private void download(ReportFormat format) throws IOException {
        DecisionStatisticsReport.Stamped stamped;
        DayPeriod period;
        try {
            period = period();
            stamped = report.generate(period.from(), period.to(), format);
        } catch (DomainException refused) {
            Notices.refuse("period", refused);
            return;
        }
        ReportDownload.send("decision-statistics-" + period.from() + "-to-" + period.to(), format, DecisionStatisticsResource.TITLE,
                stamped.statistics().period(), stamped.stamp(), stamped.statistics().tables());
    }

    /** Both ends are needed: the figures are for a period, not for all time. */
    private DayPeriod period() {
        DayPeriod period = DateBoxes.period(from, to);
        List<FieldProblem> missing = new ArrayList<>();
        if (period.from() == null) {
            missing.add(new FieldProblem("from", "Give the first day of the period."));
        }
        if (period.to() == null) {
            missing.add(new FieldProblem("to", "Give the last day of the period."));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput(missing);
        }
        return period;
    }

    public List<ReportTable> getTables() {
        if (shown == null) {
            show();
        }
        return shown == null ? List.of() : shown.statistics().tables();
    }

    public ReportStamp getStamp() {
        return shown == null ? null : shown.stamp();
    }

    public DateBoxes getFrom() {
        return from;
    }

    public void setFrom(DateBoxes from) {
        this.from = from;
    }

    public DateBoxes getTo() {
        return to;
    }

    public void setTo(DateBoxes to) {
        this.to = to;
    }
}
