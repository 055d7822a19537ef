package uk.imap.api;

import jakarta.json.JsonValue;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes the API's answers as JSON through the one shared binding ({@link JsonBinding}), encoded as they are written.
 * The REST implementation's own writer built each answer as a string first (in a synchronised buffer, then copied to
 * a string, then encoded): about a tenth of a worklist's call in issue 16's profile. The answer is still complete
 * before its first byte is sent, so a failure while writing it is a clean 500, never half an answer.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonAnswers implements MessageBodyWriter<Object> {

    // What the REST implementation writes better itself: text, bytes, streams, files, and JSON-P's own values.
    private static final List<Class<?>> WRITTEN_ELSEWHERE = List.of(CharSequence.class, byte[].class,
            InputStream.class, Reader.class, File.class, StreamingOutput.class, JsonValue.class);

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return WRITTEN_ELSEWHERE.stream().noneMatch(other -> other.isAssignableFrom(type));
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        String named = mediaType == null ? null : mediaType.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset charset = named == null ? StandardCharsets.UTF_8 : Charset.forName(named);
        ByteArrayOutputStream whole = new ByteArrayOutputStream(8192);
        try (Writer encoded = new OutputStreamWriter(whole, charset)) {
            JsonBinding.SHARED.toJson(answer, encoded);
        }
        whole.writeTo(body);
    }
}
