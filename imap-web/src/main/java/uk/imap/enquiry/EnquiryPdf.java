package uk.imap.enquiry;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import uk.imap.casefile.CaseFile;
import uk.imap.casefile.EnquiryView;
import uk.imap.casefile.PrintedCaseFile;
import uk.imap.consent.ConsentView;
import uk.imap.report.ReportPdf;
import uk.imap.report.ReportTable;

/**
 * An enquiry's printable record: its summary, the people it is about, its consent decisions and its chronology, as a
 * PDF with the protective marking and page numbers on every page, who printed it when and the chain head after.
 */
public final class EnquiryPdf {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy");

    private EnquiryPdf() {
    }

    /** The PDF, with agencies named as people know them. */
    public static byte[] of(PrintedCaseFile printed, Map<String, String> agencyNames) {
        CaseFile file = printed.caseFile();
        EnquiryView enquiry = file.enquiry();
        return ReportPdf.of("Enquiry " + enquiry.reference() + ": summary and chronology", null, printed.stamp(),
                List.of(summary(enquiry), people(enquiry), consent(file), chronology(file, agencyNames)));
    }

    private static ReportTable summary(EnquiryView enquiry) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Reference", enquiry.reference()));
        rows.add(List.of("Status", enquiry.status().label()));
        rows.add(List.of("RAG priority", enquiry.priority().label()));
        rows.add(List.of("Threshold view", enquiry.threshold().label()));
        rows.add(List.of("Source", enquiry.source().label()));
        rows.add(List.of("Referrer", enquiry.referrer() == null ? "None (anonymous)" : String.join(", ",
                nonNull(enquiry.referrer().name(), enquiry.referrer().organisation(), enquiry.referrer().contact()))));
        rows.add(List.of("Summary of the concern", enquiry.summary()));
        rows.add(List.of("Owner", enquiry.owner()));
        rows.add(List.of("Recorded in IMAP", when(enquiry.createdAt())));
        rows.add(List.of("Received", when(enquiry.receivedAt()) + (enquiry.receivedAtReason() == null ? ""
                : " (recorded later: " + enquiry.receivedAtReason() + ")")));
        rows.add(List.of("Hub decision due", when(enquiry.decisionDueAt())));
        rows.add(List.of("Outcome", enquiry.outcome() == null ? "Not closed"
                : enquiry.outcome().label() + ": " + enquiry.outcomeReasons()));
        return new ReportTable("The enquiry", List.of("", "Recorded"), rows);
    }

    private static ReportTable people(EnquiryView enquiry) {
        return new ReportTable("Who it is about", List.of("Name", "Child or adult", "Date of birth", "Address", "As"),
                enquiry.subjects().stream().map(s -> List.of(s.givenName() + " " + s.familyName(), s.kind().label(),
                        day(s.dateOfBirth()), s.address() == null ? "" : s.address(), s.relationship().label()))
                        .toList());
    }

    private static ReportTable consent(CaseFile file) {
        return new ReportTable("Consent decisions", List.of("When", "Decision", "Given by", "Capacity", "Recorded by"),
                file.consentHistory().stream().map(c -> List.of(when(c.decidedAt()), c.kind().label(),
                        c.givenBy() == null ? "" : c.givenBy(), capacity(c), c.decidedBy())).toList());
    }

    // A young person's capacity to consent, with the notes that explain the assessment.
    private static String capacity(ConsentView consent) {
        List<String> parts = new ArrayList<>();
        if (consent.capacityAssessment() != null) {
            parts.add(consent.capacityAssessment().label());
        }
        if (consent.capacityNotes() != null) {
            parts.add(consent.capacityNotes());
        }
        return String.join(": ", parts);
    }

    private static ReportTable chronology(CaseFile file, Map<String, String> agencyNames) {
        return new ReportTable("Chronology", List.of("When", "What", "Agency", "Details", "By"),
                file.chronology().entries().stream().map(e -> List.of(when(e.at()), e.kind().label(),
                        e.agency() == null ? "" : agencyNames.getOrDefault(e.agency(), e.agency()), e.summary(),
                        e.by() == null ? "" : e.by())).toList());
    }

    private static List<String> nonNull(String... values) {
        return Arrays.stream(values).filter(value -> value != null && !value.isBlank()).toList();
    }

    private static String when(OffsetDateTime at) {
        return at == null ? "" : WHEN.format(at.atZoneSameInstant(UK));
    }

    private static String day(LocalDate date) {
        return date == null ? "Not known" : DAY.format(date);
    }
}
