package uk.imap.report;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Sends a report or a printed record from a page as a CSV or PDF file, in place of the page. */
public final class ReportDownload {

    private ReportDownload() {
    }

    static void send(String filename, ReportFormat format, String title, String period, ReportStamp stamp,
                     List<ReportTable> tables) throws IOException {
        boolean csv = format == ReportFormat.CSV;
        byte[] content = csv ? ReportCsv.of(title, period, stamp, tables).getBytes(StandardCharsets.UTF_8)
                : ReportPdf.of(title, period, stamp, tables);
        send(filename + (csv ? ".csv" : ".pdf"), csv ? ReportCsv.TYPE + "; charset=UTF-8" : ReportPdf.TYPE, content);
    }

    /** Sends a file made already, as an attachment. */
    public static void send(String filename, String contentType, byte[] content) throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType(contentType);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"" + filename + "\"");
        external.setResponseContentLength(content.length);
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(content);
        }
        faces.responseComplete();
    }
}
