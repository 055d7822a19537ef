package uk.imap.casefile;

import java.io.Serializable;
import uk.imap.report.ReportStamp;

/** A case file as printed: what it held, and who printed it when, with the audit chain head after the print. */
public record PrintedCaseFile(CaseFile caseFile, ReportStamp stamp) implements Serializable {
}
