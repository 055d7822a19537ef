package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** R19: the hand-written timestamp must give the hash exactly the bytes the formatter gave, or old events break. */
class UtcTimestampTest {

    @Property(tries = 5000)
    void writesWhatTheFormatterWrites(@ForAll @LongRange(min = -62_000_000_000L, max = 253_000_000_000L) long second,
                                      @ForAll @IntRange(min = 0, max = 999_999_999) int nano,
                                      @ForAll @IntRange(min = 0, max = 9) int trailingZeros,
                                      @ForAll @IntRange(min = -18 * 3600, max = 18 * 3600) int offsetSeconds) {
        int rounded = nano / pow10(trailingZeros) * pow10(trailingZeros);
        OffsetDateTime at = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(second, rounded),
                ZoneOffset.ofTotalSeconds(offsetSeconds));
        assertEquals(formatter(at), written(at), at.toString());
    }

    @Property(tries = 200)
    void writesWholeSecondsAndShortFractions(@ForAll @LongRange(min = 0, max = 4_102_444_800L) long second,
                                             @ForAll @IntRange(min = 0, max = 9) int digits) {
        OffsetDateTime at = OffsetDateTime.ofInstant(java.time.Instant.ofEpochSecond(second, digits == 0 ? 0
                : pow10(9 - digits)), ZoneOffset.UTC);
        assertEquals(formatter(at), written(at));
    }

    private static String formatter(OffsetDateTime at) {
        return at.withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String written(OffsetDateTime at) {
        StringBuilder out = new StringBuilder();
        UtcTimestamp.append(out, at);
        return out.toString();
    }

    private static int pow10(int exponent) {
        int power = 1;
        for (int i = 0; i < exponent; i++) {
            power *= 10;
        }
        return power;
    }
}
