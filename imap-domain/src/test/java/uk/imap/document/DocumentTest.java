package uk.imap.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.shared.InvalidInput;

class DocumentTest {

    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);

    @Test
    @DisplayName("R31 a document keeps its content's type, its size and its SHA-256")
    void keptWithItsHash() {
        byte[] text = "abc".getBytes(StandardCharsets.US_ASCII);
        DocumentView view = Document.of("notes.txt", text, "text/plain", 7L, null, "prac.sam", NOW).view();

        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", view.sha256());
        assertEquals(3, view.size());
        assertEquals("plain text", view.kind());
        assertEquals("3 bytes", view.sizeInWords());
    }

    @Test
    @DisplayName("R31 R22 a type the hub does not keep, an empty file and one too large are refused by field, in words")
    void refusals() {
        byte[] some = {1, 2, 3};
        InvalidInput program = assertThrows(InvalidInput.class,
                () -> Document.of("form.pdf", some, "application/x-msdownload", 7L, null, "prac.sam", NOW));
        assertEquals("file", program.problems().get(0).field());
        assertTrue(program.problems().get(0).message().contains("application/x-msdownload, whatever its name says"));
        assertThrows(InvalidInput.class, () -> Document.of("a.pdf", new byte[0], "application/pdf", 7L, null, "x", NOW));
        assertThrows(InvalidInput.class, () -> Document.of("a.pdf", new byte[Document.MOST_BYTES + 1],
                "application/pdf", 7L, null, "x", NOW));
    }

    @Test
    @DisplayName("R31 a file's name loses its folders and anything a file system or header would misread")
    void safeNames() {
        assertEquals("referral form.pdf", Document.safeNameOf("C:\\Users\\school\\referral form.pdf"));
        assertEquals("passwd", Document.safeNameOf("../../etc/passwd"));
        assertEquals("a_b_.pdf", Document.safeNameOf("a\"b\n.pdf"));
        assertEquals("document", Document.safeNameOf(".."));
        assertEquals("document", Document.safeNameOf(null));
    }
}
