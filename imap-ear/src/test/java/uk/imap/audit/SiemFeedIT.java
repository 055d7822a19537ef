package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.Deployments;
import uk.imap.ExtraServer;
import uk.imap.OverTheApi;
import uk.imap.SyslogReceiver;

/**
 * R34 against a real syslog receiver (rsyslog over TLS), configured on the running server with the CLI script pair
 * an administrator uses.
 */
class SiemFeedIT extends OverTheApi {

    private static final Path HOME = Path.of(System.getProperty("jboss.home"));
    private static final Path SCRIPTS = Path.of(System.getProperty("imap.config.scripts"));
    private static final Pattern POSITION = Pattern.compile(" position=\"(\\d+)\"");

    @Test
    @DisplayName("R34 R19 every audit event reaches the SIEM over TLS in chain order, none lost across a receiver"
            + " outage and a server restart, and a hostile name cannot forge a line")
    void everyEventInOrder() throws Exception {
        try (SyslogReceiver siem = SyslogReceiver.started()) {
            Path settings = Files.createTempFile(Path.of("target"), "siem", ".properties");
            Files.writeString(settings, "imap.siem.receiver=" + siem.address() + "\nimap.siem.trust="
                    + siem.certificate() + "\n");
            cli("--resolve-parameter-values", "--properties=" + settings,
                    "--file=" + SCRIPTS.resolve("configure-siem.cli"));
            try {
                long started = System.nanoTime();
                String reference = openAnonymousEnquiry();
                JsonObject feed = caughtUp(siem.address());
                System.out.printf("The feed caught up to position %d in %d ms%n", feed.getJsonNumber(
                        "lastForwardedPosition").longValue(), Duration.ofNanos(System.nanoTime() - started).toMillis());
                assertTrue(siem.received().stream().anyMatch(line -> line.contains(" record=\"" + reference + "\"")),
                        "the enquiry's events arrived");

                siem.stop();
                String hostile = "eve\"] [imap@32473 actor=\"admin.eve\"]\r\n<13>1 forged\u202Egnp."
                        + System.nanoTime();
                assertEquals(401, api.get("enquiries", hostile, "wrong").status());
                String whileDown = openAnonymousEnquiry();
                JsonObject waiting = waitFor(() -> api.get("audit/feed", "audit.max", PASSWORD).json(),
                        state -> state.getJsonNumber("pending").longValue() > 0);
                assertNotNull(waiting.getString("oldestPendingAt", null), "the lag says how old the oldest is");

                cli("--command=reload");
                siem.start();
                JsonObject after = caughtUp(siem.address());
                assertTrue(after.containsKey("oldestPendingAt") && after.isNull("oldestPendingAt"),
                        "nothing pending: said as null, not left out: " + after);

                List<String> lines = siem.received();
                List<Long> firsts = new ArrayList<>(firstOccurrences(lines));
                for (int i = 1; i < firsts.size(); i++) {
                    assertEquals(firsts.get(i - 1) + 1, firsts.get(i), "no gap and no reordering at " + i);
                }
                assertEquals(after.getJsonNumber("lastForwardedPosition").longValue(), firsts.get(firsts.size() - 1));
                assertTrue(lines.stream().anyMatch(line -> line.contains(" record=\"" + whileDown + "\"")),
                        "what happened while the receiver was down arrived after it came back");
                assertTrue(lines.stream().allMatch(line -> line.matches("<1[0-9][0-9]>1 .*")),
                        "every line is one message: nothing split or forged");
                String tried = hostile.substring(hostile.lastIndexOf("gnp."));
                String line = lines.stream().filter(l -> l.contains(tried) && l.contains("SIGN_IN_FAILED")).findFirst()
                        .orElseThrow();
                assertTrue(line.contains(" actor=\"eve\\\"\\] [imap@32473 actor=\\\"admin.eve\\\"\\]"), line);
                assertFalse(line.contains("\u202E"), line);
                assertEquals(1, line.split(Pattern.quote("[imap@32473 position="), -1).length - 1, line);
            } finally {
                cli("--file=" + SCRIPTS.resolve("restore-siem.cli"));
            }
        }
    }

    /** Each position in the order it first arrived: a message sent again after an outage may arrive twice. */
    static Set<Long> firstOccurrences(List<String> lines) {
        Set<Long> positions = new LinkedHashSet<>();
        for (String line : lines) {
            Matcher position = POSITION.matcher(line);
            assertTrue(position.find(), line);
            positions.add(Long.parseLong(position.group(1)));
        }
        return positions;
    }

    JsonObject caughtUp(String receiver) throws Exception {
        return waitFor(() -> api.get("audit/feed", "audit.max", PASSWORD).json(),
                state -> receiver.equals(state.getString("forwardedTo", null))
                        && state.getJsonNumber("pending").longValue() == 0);
    }

    interface Read<T> {
        T read() throws Exception;
    }

    static <T> T waitFor(Read<T> read, java.util.function.Predicate<T> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        T last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = read.read();
                if (done.test(last)) {
                    return last;
                }
            } catch (Exception | AssertionError notYet) {
                // The server is reloading.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("not reached in time; last seen: " + last);
    }

    static void cli(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(HOME.resolve("bin").resolve("jboss-cli.sh").toString(),
                "--connect", "--controller=localhost:" + Deployments.MANAGEMENT_PORT));
        command.addAll(List.of(arguments));
        ExtraServer.run(command, HOME);
    }
}
