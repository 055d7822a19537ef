package uk.imap.api;

import jakarta.json.Json;
import jakarta.json.JsonConfig;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/**
 * Reads every JSON body of the API strictly before binding it (R22): a body that is not JSON, or names a field
 * twice, is unreadable; a field of the wrong type is a 400 naming the field ({@link JsonShape}). Only then is it
 * bound, so a wrong value never turns into a record.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** Larger bodies are refused with 413: the largest disclosure a person types is a small fraction of this. */
    static final int LARGEST_BODY = 2 * 1024 * 1024;

    // A key given twice could be read either way: refused rather than guessed.
    private static final JsonReaderFactory READERS = Json.createReaderFactory(
            Map.of(JsonConfig.KEY_STRATEGY, JsonConfig.KeyStrategy.NONE));

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.getName().startsWith("uk.imap.") || Map.class.isAssignableFrom(type)
                || List.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        PushbackInputStream body = new PushbackInputStream(new BoundedInputStream(entityStream));
        int first = body.read();
        if (first < 0) {
            return null;
        }
        body.unread(first);
        JsonValue value;
        try (JsonReader reader = READERS.createReader(body, StandardCharsets.UTF_8)) {
            value = reader.readValue();
        } catch (RuntimeException notJson) {
            for (Throwable cause = notJson; cause != null; cause = cause.getCause()) {
                if (cause instanceof WebApplicationException tooLarge) {
                    throw tooLarge;
                }
            }
            // Not JSON, a key twice, or nested past the parser's limit: nothing of it is bound.
            throw new ProcessingException("The body is not JSON");
        }
        List<FieldProblem> problems = JsonShape.problemsOf(value, genericType);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            return JsonBinding.SHARED.fromJson(value.toString(), genericType);
        } catch (JsonbException unbindable) {
            throw new ProcessingException("The body does not bind");
        }
    }

    /** Reads at most {@link #LARGEST_BODY} bytes; one more is a 413. */
    private static final class BoundedInputStream extends FilterInputStream {

        private long left = LARGEST_BODY;

        BoundedInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int read = super.read();
            count(read < 0 ? 0 : 1);
            return read;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            count(Math.max(read, 0));
            return read;
        }

        private void count(int read) {
            left -= read;
            if (left < 0) {
                throw new WebApplicationException(413);
            }
        }
    }
}
