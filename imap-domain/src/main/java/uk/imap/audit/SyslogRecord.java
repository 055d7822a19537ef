package uk.imap.audit;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * One audit event as the council's SIEM receives it (R34): an RFC 5424 syslog message, framed by octet counting for
 * TLS transport (RFC 5425). The structured data names the event's position, hash, actor, roles, action, record,
 * outcome and origin exactly as stored; reasons and user agents stay in IMAP, as they may hold what a case says.
 * <p>
 * A stored field is text someone else chose (a user name from the directory, an address from a header). None can
 * end the message, close the structured data or change how a line reads on an analyst's screen: characters RFC 5424
 * reserves in a parameter value are escaped with a backslash, and control and bidirectional formatting characters
 * are written as {@code \}{@code uXXXX}. A single backslash before {@code u} is never an RFC 5424 escape, so in the
 * stream the two cannot be confused.
 */
public record SyslogRecord(long position, OffsetDateTime occurredAt, String actor, String roles, String action,
                           String recordType, String recordId, String outcome, String origin, String hash) {

    /** "log audit" (RFC 5424 facility 13). */
    static final int FACILITY = 13;
    static final int NOTICE = 5;
    static final int WARNING = 4;
    /** RFC 5612's enterprise number for documentation: a council with a registered number can use its own. */
    static final String SD_ID = "imap@32473";
    static final String APP_NAME = "imap";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSX");

    /** The message with its length in front, ready for the TLS stream; {@code host} names the sending server. */
    public byte[] frame(String host) {
        byte[] message = message(host).getBytes(StandardCharsets.UTF_8);
        byte[] length = (message.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] frame = new byte[length.length + message.length];
        System.arraycopy(length, 0, frame, 0, length.length);
        System.arraycopy(message, 0, frame, length.length, message.length);
        return frame;
    }

    /** The RFC 5424 message: header, one structured data element, and a line in words. */
    public String message(String host) {
        int severity = "SUCCESS".equals(outcome) ? NOTICE : WARNING;
        StringBuilder message = new StringBuilder(320)
                .append('<').append(FACILITY * 8 + severity).append(">1 ")
                .append(occurredAt == null ? "-" : TIMESTAMP.format(occurredAt.withOffsetSameInstant(ZoneOffset.UTC)))
                .append(' ').append(headerField(host, 255))
                .append(' ').append(APP_NAME)
                .append(" - ").append(headerField(action, 32))
                .append(" [").append(SD_ID);
        param(message, "position", Long.toString(position));
        param(message, "hash", hash);
        param(message, "actor", actor);
        param(message, "roles", roles);
        param(message, "action", action);
        param(message, "recordType", recordType);
        param(message, "record", recordId);
        param(message, "outcome", outcome);
        param(message, "origin", origin);
        message.append("] ").append(visible(actor)).append(' ').append(visible(action));
        if (recordId != null) {
            message.append(' ').append(visible(recordType)).append(' ').append(visible(recordId));
        }
        return message.append(' ').append(visible(outcome)).toString();
    }

    private static void param(StringBuilder message, String name, String value) {
        if (value == null) {
            return;
        }
        message.append(' ').append(name).append("=\"");
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (hidden(c)) {
                message.append(String.format("\\u%04X", (int) c));
            } else {
                if (c == '"' || c == '\\' || c == ']') {
                    message.append('\\');
                }
                message.append(c);
            }
        }
        message.append('"');
    }

    /** The text with each control or bidirectional formatting character written out as {@code \}{@code uXXXX}. */
    static String visible(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder shown = new StringBuilder(value.length());
        value.chars().forEach(c -> {
            if (hidden((char) c)) {
                shown.append(String.format("\\u%04X", c));
            } else {
                shown.append((char) c);
            }
        });
        return shown.toString();
    }

    /** Characters that end a line or reorder how the text around them reads. */
    static boolean hidden(char c) {
        return Character.isISOControl(c) || c == '\u061C' || c == '\u200E' || c == '\u200F'
                || c >= '\u202A' && c <= '\u202E' || c >= '\u2066' && c <= '\u2069' || c == '\u2028'
                || c == '\u2029' || c == '\uFEFF';
    }

    /** A header field is printable US-ASCII without spaces (RFC 5424 section 6), or "-" when empty. */
    private static String headerField(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder field = new StringBuilder(Math.min(value.length(), max));
        for (int i = 0; i < value.length() && field.length() < max; i++) {
            char c = value.charAt(i);
            field.append(c > 32 && c < 127 ? c : '_');
        }
        return field.toString();
    }
}
