package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckpointTest {

    final KeyPair key = Checkpoints.key();
    final OffsetDateTime at = OffsetDateTime.of(2026, 11, 25, 14, 0, 0, 123_000, ZoneOffset.ofHours(1));
    final Checkpoint checkpoint = Checkpoint.sign(1000, "ab".repeat(32), at, Checkpoint.FIRST, key.getPrivate());

    @Test
    @DisplayName("R19 a checkpoint is signed by the private key and checked with the public one, in UTC")
    void signed() {
        assertTrue(checkpoint.signedBy(key.getPublic()));
        assertFalse(checkpoint.signedBy(Checkpoints.key().getPublic()));
        assertEquals(ZoneOffset.UTC, checkpoint.at().getOffset());
    }

    @Test
    @DisplayName("R19 a checkpoint survives its own line, and a changed line no longer verifies")
    void line() {
        Checkpoint read = Checkpoint.parse(checkpoint.line());

        assertEquals(checkpoint, read);
        assertTrue(read.signedBy(key.getPublic()));
        Checkpoint moved = Checkpoint.parse(checkpoint.line().replace("position=1000", "position=2000"));
        assertFalse(moved.signedBy(key.getPublic()));
        assertNotEquals(checkpoint.hash(), moved.hash());
    }

    @Test
    @DisplayName("R19 text that is not a checkpoint line is refused")
    void notALine() {
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse("hello"));
        assertThrows(IllegalArgumentException.class, () -> Checkpoint.parse(checkpoint.line()
                .replace("position=1000", "position=many")));
        assertFalse(new Checkpoint(1, "x", at, "y", "not base64 !", null).signedBy(key.getPublic()));
    }
}
