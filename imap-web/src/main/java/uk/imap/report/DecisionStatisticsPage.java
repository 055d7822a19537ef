package uk.imap.report;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import uk.imap.shared.DomainException;
import uk.imap.web.Notices;

/** Backs reports/decision-statistics.xhtml: the hub's performance for managers and auditors, and its exports (R25). */
@Named
@ViewScoped
public class DecisionStatisticsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DecisionStatisticsReport report;

    private LocalDate from;
    private LocalDate to;
    private DecisionStatisticsReport.Stamped shown;

    public DecisionStatisticsPage() {
        LocalDate today = LocalDate.now(Clock.systemUTC());
        from = today.withDayOfMonth(1);
        to = today;
    }

    /** Shows the figures for the period chosen. */
    public void show() {
        try {
            shown = report.generate(from, to, ReportFormat.PAGE);
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
        try {
            stamped = report.generate(from, to, format);
        } catch (DomainException refused) {
            Notices.refuse("period", refused);
            return;
        }
        ReportDownload.send("decision-statistics-" + from + "-to-" + to, format, DecisionStatisticsResource.TITLE,
                stamped.statistics().period(), stamped.stamp(), stamped.statistics().tables());
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

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
