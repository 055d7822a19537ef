package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPair;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckpointKeysTest {

    static final OffsetDateTime BEFORE = OffsetDateTime.parse("2026-11-01T09:00:00Z");
    static final OffsetDateTime ROTATED = OffsetDateTime.parse("2026-11-15T12:00:00Z");
    static final OffsetDateTime AFTER = OffsetDateTime.parse("2026-11-20T09:00:00Z");

    final ChainHead head = ChainHead.genesis();
    final List<AuditEvent> chain = new ArrayList<>();
    final KeyPair old = Checkpoints.key();
    final KeyPair next = Checkpoints.key();
    final CheckpointKeys keys = CheckpointKeys.only(old.getPublic()).rotatedTo(next.getPublic(), ROTATED);

    CheckpointKeysTest() {
        for (int i = 1; i <= 6; i++) {
            chain.add(head.append(ChainHeadTest.read("IMAP-2026-00000" + i)));
        }
    }

    Checkpoint sign(int index, Checkpoint previous, OffsetDateTime at, KeyPair key, boolean named) {
        AuditEvent event = chain.get(index);
        return Checkpoint.sign(event.position(), event.hash(), at, previous == null ? Checkpoint.FIRST
                : previous.hash(), key.getPrivate(), named ? CheckpointKeys.idOf(key.getPublic()) : null);
    }

    ChainVerification.Result verify(CheckpointKeys with, Checkpoint... checkpoints) {
        ChainVerification verification = new ChainVerification(
                List.of(checkpoints).stream().map(Checkpoint::line).toList(), with);
        chain.forEach(verification::check);
        return verification.finish(head.position(), head.hash());
    }

    @Test
    @DisplayName("R34 R19 after a rotation old checkpoints verify under the old key and new ones under the new")
    void rotation() {
        Checkpoint unnamed = sign(1, null, BEFORE, old, false);
        Checkpoint named = sign(3, unnamed, BEFORE.plusDays(1), old, true);
        Checkpoint renewed = sign(5, named, AFTER, next, true);

        ChainVerification.Result result = verify(keys, unnamed, named, renewed);

        assertTrue(result.valid(), String.valueOf(result.firstMismatch()));
        assertEquals(3, result.checkpointsChecked());
        assertEquals(2, result.keysChecked(), "the old key, named or not, and the new key");
        assertEquals(List.of(unnamed), List.of(Checkpoint.parse(unnamed.line())), "old lines read as before");
        assertEquals(renewed, Checkpoint.parse(renewed.line()));
    }

    @Test
    @DisplayName("R34 R19 a checkpoint signed with a retired key after its retirement fails, named or not")
    void retiredKeyAfterRetirement() {
        Checkpoint first = sign(1, null, BEFORE, old, true);
        Checkpoint late = sign(3, first, AFTER, old, true);
        ChainVerification.Result result = verify(keys, first, late);
        assertFalse(result.valid());
        assertEquals(Tampering.BAD_SIGNATURE, result.firstMismatch().kind());
        assertEquals(4, result.firstMismatch().position());

        Checkpoint lateUnnamed = sign(3, first, AFTER, old, false);
        assertEquals(Tampering.BAD_SIGNATURE, verify(keys, first, lateUnnamed).firstMismatch().kind());
        Checkpoint early = sign(3, first, BEFORE, next, true);
        assertEquals(Tampering.BAD_SIGNATURE, verify(keys, first, early).firstMismatch().kind(),
                "nor a new key before it came into force");
    }

    @Test
    @DisplayName("R34 a checkpoint is accepted only under the key it names, and the name is signed too")
    void namedKeyOnly() {
        Checkpoint first = sign(1, null, AFTER, next, true);
        Checkpoint relabelled = new Checkpoint(first.position(), first.headHash(), first.at(),
                first.previousCheckpointHash(), first.signature(), CheckpointKeys.idOf(old.getPublic()));
        assertFalse(keys.accepts(relabelled));
        assertTrue(keys.accepts(first));
        assertFalse(CheckpointKeys.only(old.getPublic()).accepts(first), "an unknown key");
    }

    @Test
    @DisplayName("R34 the keys are kept as lines an auditor can hold, and a key under another's name is refused")
    void keptAsLines() {
        CheckpointKeys read = CheckpointKeys.parse(keys.lines());
        assertEquals(keys.lines(), read.lines());
        assertEquals(2, read.keys().size());
        assertEquals(ROTATED, read.keys().get(0).retired());
        assertEquals(CheckpointKeys.idOf(next.getPublic()), read.current().orElseThrow().id());

        String forged = keys.lines().get(1).replaceFirst("id=\\w+", "id=" + CheckpointKeys.idOf(old.getPublic()));
        assertThrows(IllegalArgumentException.class, () -> CheckpointKeys.parse(List.of(keys.lines().get(0), forged)));
        assertThrows(IllegalArgumentException.class, () -> CheckpointKeys.parse(List.of("imap-checkpoint-key id=1")));
    }
}
