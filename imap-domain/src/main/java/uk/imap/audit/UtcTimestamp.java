package uk.imap.audit;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The moment of an event as its hash covers it: ISO-8601 in UTC, exactly as
 * {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} writes it ({@code 2026-12-02T05:10:11.1234Z}: seconds always, the
 * fraction without trailing zeros, none when zero). Written digit by digit because the formatter was the largest cost of verifying the chain (R19 benchmark);
 * a year outside 1000–9999 takes the formatter itself.
 */
final class UtcTimestamp {

    private UtcTimestamp() {
    }

    static void append(StringBuilder out, OffsetDateTime at) {
        LocalDateTime utc = at.getOffset() == ZoneOffset.UTC ? at.toLocalDateTime()
                : LocalDateTime.ofEpochSecond(at.toEpochSecond(), at.getNano(), ZoneOffset.UTC);
        int year = utc.getYear();
        if (year < 1000 || year > 9999) {
            out.append(utc.atOffset(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
            return;
        }
        out.append(year).append('-');
        twoDigits(out, utc.getMonthValue()).append('-');
        twoDigits(out, utc.getDayOfMonth()).append('T');
        twoDigits(out, utc.getHour()).append(':');
        twoDigits(out, utc.getMinute()).append(':');
        twoDigits(out, utc.getSecond());
        int nano = utc.getNano();
        if (nano > 0) {
            int digits = 9;
            while (nano % 10 == 0) {
                nano /= 10;
                digits--;
            }
            String significant = Integer.toString(nano);
            out.append('.');
            for (int zeros = digits - significant.length(); zeros > 0; zeros--) {
                out.append('0');
            }
            out.append(significant);
        }
        out.append('Z');
    }

    private static StringBuilder twoDigits(StringBuilder out, int value) {
        return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
