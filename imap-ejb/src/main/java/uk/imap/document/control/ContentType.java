package uk.imap.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.tika.Tika;

/**
 * R31: what a file is by its content. The name counts only where it refines what the content shows (a Word
 * document is a zip file inside); a program named "form.pdf" is a program.
 */
@ApplicationScoped
public class ContentType {

    private final Tika tika = new Tika();

    public String of(byte[] content, String name) {
        try {
            return tika.detect(new ByteArrayInputStream(content), name);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
