package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SyslogRecordTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 14, 9, 30, 0, 123_456_000, ZoneOffset.UTC);

    static SyslogRecord event(String actor, String origin) {
        return new SyslogRecord(42, AT, actor, "PRACTITIONER", "ENQUIRY_VIEWED", "ENQUIRY", "IMAP-2026-0007",
                "SUCCESS", origin, "ab".repeat(32));
    }

    @Test
    @DisplayName("R34 an event is an RFC 5424 message with its fields in structured data, framed by its length")
    void message() {
        byte[] frame = event("prac.sam", "10.0.0.7").frame("imap-1");
        String text = new String(frame, StandardCharsets.UTF_8);

        assertEquals("<109>1 2026-03-14T09:30:00.123456Z imap-1 imap - ENQUIRY_VIEWED [imap@32473 position=\"42\""
                + " hash=\"" + "ab".repeat(32) + "\" actor=\"prac.sam\" roles=\"PRACTITIONER\""
                + " action=\"ENQUIRY_VIEWED\" recordType=\"ENQUIRY\" record=\"IMAP-2026-0007\" outcome=\"SUCCESS\""
                + " origin=\"10.0.0.7\"] prac.sam ENQUIRY_VIEWED ENQUIRY IMAP-2026-0007 SUCCESS",
                text.substring(text.indexOf(' ') + 1));
        assertEquals(frame.length - text.indexOf(' ') - 1, Integer.parseInt(text.substring(0, text.indexOf(' '))));
    }

    @Test
    @DisplayName("R34 a refused action is a warning, and fields never stored are left out")
    void denied() {
        String text = new SyslogRecord(7, AT, "school.jo", "EDUCATION", "ACCESS_DENIED", null, null, "DENIED", null,
                "cd".repeat(32)).message("imap-1");

        assertTrue(text.startsWith("<108>1 "), text);
        assertFalse(text.contains("record="), text);
        assertFalse(text.contains("origin="), text);
    }

    @Test
    @DisplayName("R34 a hostile field cannot end the line, close the structured data or turn text around")
    void hostileFields() {
        String text = event("eve\r\n<13>1 - forged [imap@32473 actor=\"x\"]\u202Egnp.exe", "1.2.3.4\"] x=\"y")
                .message("imap-1");

        assertFalse(text.contains("\n") || text.contains("\r") || text.contains("\u202E"), text);
        Map<String, String> params = structuredData(text);
        assertEquals("eve\\u000D\\u000A<13>1 - forged [imap@32473 actor=\"x\"]\\u202Egnp.exe", params.get("actor"));
        assertEquals("1.2.3.4\"] x=\"y", params.get("origin"));
        assertEquals("ENQUIRY", params.get("recordType"));
    }

    @Property(tries = 300)
    @DisplayName("R34 whatever a field holds, the message stays on one line and its structured data reads back")
    void anyField(@ForAll String actor, @ForAll String origin) {
        String text = event(actor, origin).message("imap-1");

        assertTrue(text.chars().noneMatch(c -> SyslogRecord.hidden((char) c)), text);
        Map<String, String> params = structuredData(text);
        assertEquals(SyslogRecord.visible(actor), params.get("actor"));
        assertEquals(SyslogRecord.visible(origin), params.get("origin"));
        assertEquals("42", params.get("position"));
    }

    /** Reads the one SD-ELEMENT as RFC 5424's grammar says a receiver reads it. */
    static Map<String, String> structuredData(String message) {
        int at = message.indexOf(" [" + SyslogRecord.SD_ID) + 2 + SyslogRecord.SD_ID.length();
        Map<String, String> params = new LinkedHashMap<>();
        while (message.charAt(at) == ' ') {
            int equals = message.indexOf("=\"", at);
            String name = message.substring(at + 1, equals);
            StringBuilder value = new StringBuilder();
            int i = equals + 2;
            for (; message.charAt(i) != '"'; i++) {
                char c = message.charAt(i);
                if (c == '\\' && "\"\\]".indexOf(message.charAt(i + 1)) >= 0) {
                    c = message.charAt(++i);
                } else {
                    assertTrue(c != ']', "an unescaped bracket inside a value: " + message);
                }
                value.append(c);
            }
            params.put(name, value.toString());
            at = i + 1;
        }
        assertEquals(']', message.charAt(at), message);
        return params;
    }

}
