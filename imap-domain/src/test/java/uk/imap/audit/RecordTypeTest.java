package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RecordTypeTest {

    @Test
    @DisplayName("R18 each record type is stored under a name of its own, and read back from it")
    void storedNamesAreDistinctAndReadBack() {
        assertEquals(RecordType.values().length,
                Arrays.stream(RecordType.values()).map(RecordType::stored).distinct().count());
        for (RecordType type : RecordType.values()) {
            assertEquals(type, RecordType.named(type.stored()));
        }
        assertThrows(IllegalArgumentException.class, () -> RecordType.named("Anything"));
    }
}
