package uk.imap.document;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import uk.imap.shared.InvalidInput;

/**
 * A file as it arrived from a form or a multipart body: its name as the sender gave it and at most one byte more
 * than a document may hold, so an oversized file is refused without being read whole.
 */
public record Upload(String name, byte[] content) {

    /**
     * A file chosen in a page's file field.
     *
     * @throws InvalidInput naming the field {@code file} when none was chosen or it did not arrive whole
     */
    public static Upload of(Part file) {
        if (file == null || file.getSize() == 0 && (file.getSubmittedFileName() == null
                || file.getSubmittedFileName().isBlank())) {
            throw new InvalidInput("file", "Choose a file to attach");
        }
        try {
            return read(file.getSubmittedFileName(), file.getInputStream());
        } catch (IOException broken) {
            throw new InvalidInput("file", "The file did not arrive whole: attach it again");
        }
    }

    /** @param content the file's bytes; closed here */
    public static Upload read(String name, InputStream content) {
        if (content == null) {
            throw new InvalidInput("file", "Send the file as multipart/form-data in a part named file");
        }
        try (InputStream in = content) {
            return new Upload(name, in.readNBytes(Document.MOST_BYTES + 1));
        } catch (IOException broken) {
            throw new InvalidInput("file", "The file did not arrive whole: send it again");
        }
    }
}
