package uk.imap.subjectaccess;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfAction;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.OffsetDateTime;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.report.ReportPdf;

/**
 * R33: the subject access bundle as a PDF for the hub to review before release: a table of contents (linked, and as
 * the PDF's bookmarks), then one section per enquiry. Every third party's name is marked where it is recorded, and
 * each section ends with the third parties to review and where else their names appear. Marked OFFICIAL-SENSITIVE
 * with page numbers on every page.
 */
public final class SubjectAccessPdf {

    static final String THIRD_PARTY = " [third party: review before release]";

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 13, Font.BOLD);
    private static final Font SUBHEADING = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Font TEXT = new Font(Font.HELVETICA, 9);
    private static final Font LINK = new Font(Font.HELVETICA, 10, Font.UNDERLINE, new Color(0x1D, 0x4E, 0x89));
    private static final Color MARKED = new Color(0xFF, 0xEB, 0x3B);

    private SubjectAccessPdf() {
    }

    public static byte[] of(SubjectAccessBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 48, 48);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        ReportPdf.markEveryPage(writer);
        String person = bundle.givenName() + " " + bundle.familyName();
        document.addTitle("Subject access bundle: " + person);
        document.addAuthor(bundle.producedBy());
        document.addCreator("IMAP");
        document.open();
        document.add(new Paragraph("Subject access bundle: " + person, TITLE));
        document.add(line("Date of birth", bundle.dateOfBirth() == null ? "not recorded"
                : WorkingCalendar.day(bundle.dateOfBirth())));
        document.add(line("Address", bundle.address() == null ? "not recorded" : bundle.address()));
        document.add(line("Produced by", bundle.producedBy() + " at " + when(bundle.producedAt())));
        if (bundle.reason() != null) {
            document.add(line("Enquiries outside the producer's need to know included because", bundle.reason()));
        } else if (bundle.outsideNeedToKnow() > 0) {
            document.add(line("Left out", bundle.outsideNeedToKnow() + " enquiries outside the producer's need to"
                    + " know; the Caldicott Guardian can include them with a reason"));
        }
        Paragraph review = new Paragraph();
        review.setSpacingBefore(8);
        review.add(new Chunk("Before release: ", SUBHEADING));
        review.add(new Chunk(bundle.thirdPartiesToReview() + " third-party names are marked", TEXT)
                .setBackground(MARKED));
        review.add(new Chunk(". Review each, and what the agencies shared, against the exemptions of the Data"
                + " Protection Act 2018 before anything is released.", TEXT));
        document.add(review);

        document.add(heading("Contents", null));
        PdfOutline root = writer.getRootOutline();
        for (int i = 0; i < bundle.enquiries().size(); i++) {
            BundleSection section = bundle.enquiries().get(i);
            String title = title(i, section);
            document.add(new Paragraph(new Chunk(title, LINK).setLocalGoto(anchor(i))));
            new PdfOutline(root, PdfAction.gotoLocalPage(anchor(i), false), title);
        }
        if (bundle.enquiries().isEmpty()) {
            document.add(new Paragraph("IMAP holds no enquiry about this person within the producer's need to know.",
                    TEXT));
        }
        for (int i = 0; i < bundle.enquiries().size(); i++) {
            document.newPage();
            section(document, i, bundle.enquiries().get(i));
        }
        document.close();
        return out.toByteArray();
    }

    private static void section(Document document, int index, BundleSection section) {
        document.add(heading(title(index, section), anchor(index)));
        document.add(line("How the person was found", section.howFound()));
        document.add(line("The person is recorded as", section.as()));
        document.add(line("Status", section.status() + (section.outcome() == null ? ""
                : "; outcome: " + section.outcome() + ", closed " + when(section.closedAt()))));
        document.add(line("The concern as recorded", section.summary()));
        if (section.referrer() != null) {
            document.add(marked("Referred by", section.referrer()));
        }
        for (String other : section.othersNamed()) {
            document.add(marked("Also named on the enquiry", other));
        }
        document.add(subheading("Consent decisions"));
        PdfPTable consent = table("When", "Decision", "Given or refused by", "What they said");
        section.consent().forEach(c -> {
            cell(consent, when(c.decidedAt()));
            cell(consent, c.decision());
            markedCell(consent, c.givenBy());
            cell(consent, c.statement());
        });
        document.add(consent);
        document.add(subheading("What agencies shared"));
        if (section.answers().isEmpty()) {
            document.add(new Paragraph("No agency has answered a request on this enquiry.", TEXT));
        }
        for (AgencyAnswer answer : section.answers()) {
            document.add(line(answer.agency(), answer.decision() + ", " + when(answer.answeredAt()) + ". "
                    + answer.reasons()));
            if (!answer.items().isEmpty()) {
                PdfPTable items = table("Category", "What was shared", "Reliability", "Sensitivity");
                answer.items().forEach(item -> {
                    cell(items, item.category());
                    cell(items, item.content());
                    cell(items, item.reliability());
                    cell(items, item.sensitivity());
                });
                document.add(items);
            }
        }
        document.add(subheading("Third parties to review before release"));
        PdfPTable third = table("Name", "How they come into the record", "Also mentioned in");
        section.thirdParties().forEach(party -> {
            markedCell(third, party.name());
            cell(third, party.as());
            cell(third, party.mentionedIn().isEmpty() ? "nowhere else" : String.join("; ", party.mentionedIn()));
        });
        document.add(third);
    }

    private static String title(int index, BundleSection section) {
        return (index + 1) + ". Enquiry " + section.reference() + ", received " + when(section.receivedAt());
    }

    private static String anchor(int index) {
        return "enquiry-" + (index + 1);
    }

    private static Paragraph heading(String text, String destination) {
        Chunk chunk = new Chunk(text, HEADING);
        if (destination != null) {
            chunk.setLocalDestination(destination);
        }
        Paragraph heading = new Paragraph(chunk);
        heading.setSpacingBefore(12);
        heading.setSpacingAfter(6);
        return heading;
    }

    private static Paragraph subheading(String text) {
        Paragraph heading = new Paragraph(text, SUBHEADING);
        heading.setSpacingBefore(10);
        heading.setSpacingAfter(4);
        return heading;
    }

    private static Paragraph line(String label, String value) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(label + ": ", SUBHEADING));
        line.add(new Chunk(value == null ? "" : value, TEXT));
        return line;
    }

    private static Paragraph marked(String label, String name) {
        Paragraph line = new Paragraph();
        line.add(new Chunk(label + ": ", SUBHEADING));
        line.add(new Chunk(name + THIRD_PARTY, TEXT).setBackground(MARKED));
        return line;
    }

    private static PdfPTable table(String... headings) {
        PdfPTable table = new PdfPTable(headings.length);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(4);
        for (String heading : headings) {
            PdfPCell cell = new PdfPCell(new Phrase(heading, SUBHEADING));
            cell.setBackgroundColor(new Color(0xE0, 0xE0, 0xE0));
            table.addCell(cell);
        }
        return table;
    }

    private static void cell(PdfPTable table, String text) {
        table.addCell(new PdfPCell(new Phrase(text == null ? "" : text, TEXT)));
    }

    private static void markedCell(PdfPTable table, String name) {
        if (name == null) {
            cell(table, "");
            return;
        }
        table.addCell(new PdfPCell(new Phrase(new Chunk(name + THIRD_PARTY, TEXT).setBackground(MARKED))));
    }

    private static String when(OffsetDateTime moment) {
        return moment == null ? "" : WorkingCalendar.dayAndTime(moment);
    }
}
