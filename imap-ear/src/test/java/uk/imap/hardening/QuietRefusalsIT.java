package uk.imap.hardening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.OverTheApi;

/** An expected refusal is one audit event and no stack trace: a probe of a thousand refusals must not fill the log. */
class QuietRefusalsIT extends OverTheApi {

    static final int REFUSALS = 50;

    @Test
    @DisplayName("R18 a refusal by role is a 403 and an audit event; the server log gains no stack trace for it")
    void refusalsByRoleLeaveTheLogQuiet() throws Exception {
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "log", "server.log");
        long before = Files.size(log);

        for (int i = 0; i < REFUSALS; i++) {
            assertEquals(403, api.get("audit/verification", "prac.sam", PASSWORD).status());
            assertEquals(403, api.post("enquiries", "audit.max", PASSWORD, "{}").status());
        }

        byte[] all = Files.readAllBytes(log);
        String written = new String(all, (int) before, all.length - (int) before, StandardCharsets.UTF_8);
        assertFalse(written.contains("EJBAccessException"), written.lines().limit(20).toList().toString());
        assertTrue(written.length() < REFUSALS * 2 * 200, written.length() + " characters logged for "
                + 2 * REFUSALS + " refusals");
    }
}
