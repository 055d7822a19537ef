package uk.imap.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.shared.FieldProblem;

class JsonShapeTest {

    /** An input as the API's are: private fields bound by name. */
    static class Input {
        private String text;
        private Boolean approved;
        private long version;
        private Integer count;
        private List<String> codes;
        private List<Input> nested;
        private Map<String, Boolean> confirmed;
    }

    static List<String> fields(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return JsonShape.problemsOf(value, Input.class).stream().map(FieldProblem::field).toList();
    }

    @Test
    @DisplayName("R22 each value must be of its field's JSON type; the field is named")
    void typesAreExact() {
        assertEquals(List.of("text", "approved", "version", "count", "codes"), fields("""
                {"text": ["a", "b"], "approved": "yes", "version": 1.5, "count": 2147483648, "codes": "A"}"""));
        assertEquals(List.of("nested[0].approved", "confirmed.x"),
                fields("{\"nested\": [{\"approved\": 1}], \"confirmed\": {\"x\": \"true\"}}"));
    }

    @Test
    @DisplayName("R22 a null inside a list or for a list or object is named; a null value is left for the domain")
    void nullsInLists() {
        assertEquals(List.of("codes[1]", "nested[0]"), fields("{\"codes\": [\"A\", null], \"nested\": [null]}"));
        assertEquals(List.of("codes", "nested", "confirmed"),
                fields("{\"codes\": null, \"nested\": null, \"confirmed\": null}"));
        assertEquals(List.of("version"), fields("{\"text\": null, \"approved\": null, \"version\": null}"));
    }

    @Test
    @DisplayName("R22 right types pass; fields the input does not know are ignored, as API.md lets clients add")
    void rightTypesPass() {
        assertEquals(List.of(), fields("""
                {"text": "t", "approved": false, "version": 3, "count": -2, "codes": [], "nested": [{"text": "n"}],
                 "confirmed": {"a": true}, "addedLater": {"any": ["thing"]}, "version2": 1e3}"""));
        assertEquals(List.of("body"), fields("[1]"));
    }
}
