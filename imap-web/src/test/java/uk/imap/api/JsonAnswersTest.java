package uk.imap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Issue 16: the API's answers written as JSON straight into bytes, as the REST implementation wrote them before.
 * Public, with a public record, as the binding reads only public accessors.
 */
public class JsonAnswersTest {

    public record Subject(String givenName, String familyName, List<String> concerns) {
    }

    private final JsonAnswers writer = new JsonAnswers();

    @Test
    @DisplayName("an answer is the shared binding's JSON, in UTF-8 unless the type names another charset")
    void writtenAsTheBindingWritesIt() throws IOException {
        Subject subject = new Subject("Zoë", "O'Neill \"Jr\"", List.of("NEGLECT"));
        String expected = JsonBinding.SHARED.toJson(subject);
        assertEquals(expected, new String(written(subject, MediaType.APPLICATION_JSON_TYPE), StandardCharsets.UTF_8));
        assertEquals(expected, new String(written(subject, new MediaType("application", "json",
                Map.of(MediaType.CHARSET_PARAMETER, "UTF-16"))), StandardCharsets.UTF_16));
    }

    @Test
    @DisplayName("text, bytes and JSON-P's own values are left to the REST implementation's writers")
    void othersWriteTheirOwn() {
        MediaType json = MediaType.APPLICATION_JSON_TYPE;
        assertTrue(writer.isWriteable(Subject.class, Subject.class, null, json));
        assertTrue(writer.isWriteable(List.class, List.class, null, json));
        for (Class<?> type : List.of(String.class, byte[].class, JsonObject.class)) {
            assertFalse(writer.isWriteable(type, type, null, json), type.getName());
        }
        assertFalse(writer.isWriteable(Json.createObjectBuilder().build().getClass(), JsonObject.class, null, json));
    }

    private byte[] written(Object answer, MediaType type) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        writer.writeTo(answer, answer.getClass(), answer.getClass(), null, type, new MultivaluedHashMap<>(), body);
        return body.toByteArray();
    }
}
