package uk.imap.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.imap.audit.Checkpoint;

class CheckpointLogTest {

    static final OffsetDateTime NOON = OffsetDateTime.of(2026, 12, 2, 12, 0, 0, 0, ZoneOffset.UTC);

    @TempDir
    Path folder;

    @Test
    @DisplayName("R19 another server cannot take the checkpoint file between reading the newest checkpoint and appending")
    void theLockHoldsForTheWholeAppend() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        CheckpointLog log = new CheckpointLog(folder);
        log.appendAfterNewest(none -> Optional.of(checkpoint(1000, Checkpoint.FIRST, key)));

        List<String> probes = new ArrayList<>();
        log.appendAfterNewest(newest -> {
            // What a second server trying to sign at this moment would find.
            probes.add(probe(log.file()));
            return Optional.of(checkpoint(2000, newest.orElseThrow().hash(), key));
        });

        assertEquals(List.of("held"), probes);
        assertEquals("free", probe(log.file()), "the lock ends with the append");
    }

    @Test
    @DisplayName("R19 each checkpoint follows the one before it, one whole line each")
    void checkpointsChain() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        CheckpointLog log = new CheckpointLog(folder);
        for (long position = 1000; position <= 5000; position += 1000) {
            long at = position;
            log.appendAfterNewest(newest -> Optional.of(checkpoint(at, newest.map(Checkpoint::hash)
                    .orElse(Checkpoint.FIRST), key)));
        }
        assertEquals(Optional.empty(), log.appendAfterNewest(newest -> Optional.empty()));

        List<String> lines = log.lines();
        assertEquals(5, lines.size());
        assertEquals(lines, Files.readAllLines(log.file(), StandardCharsets.US_ASCII));
        String previous = Checkpoint.FIRST;
        for (String line : lines) {
            Checkpoint checkpoint = Checkpoint.parse(line);
            assertTrue(checkpoint.signedBy(key.getPublic()));
            assertEquals(previous, checkpoint.previousCheckpointHash());
            previous = checkpoint.hash();
        }
    }

    private static Checkpoint checkpoint(long position, String previous, KeyPair key) {
        return Checkpoint.sign(position, "ab".repeat(32), NOON, previous, key.getPrivate());
    }

    private static String probe(Path file) {
        try {
            Path classes = Path.of(LockProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", classes.toString(), LockProbe.class.getName(), file.toString())
                    .redirectErrorStream(true).start();
            String said = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), said);
            return said;
        } catch (IOException | InterruptedException | java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
