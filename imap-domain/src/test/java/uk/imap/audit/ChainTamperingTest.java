package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Field;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * R19 as a property: whatever one kind of tampering is done wherever in a chain with checkpoints, verification
 * names exactly the first position that can be known to be bad, and calls the chain valid only when the tampering
 * cannot be seen at all (a consistent rewrite or cut after the newest checkpoint).
 */
class ChainTamperingTest {

    enum Kind { MODIFY, DELETE, SWAP, FORGE, TRUNCATE, REWRITE }

    record Tampering(int length, int checkpointEvery, Kind kind, int at) {
    }

    static final KeyPair KEY = Checkpoints.key();

    @Provide
    Arbitrary<Tampering> tampering() {
        return Arbitraries.integers().between(2, 60).flatMap(length -> Combinators.combine(
                Arbitraries.integers().between(1, length), Arbitraries.of(Kind.class),
                Arbitraries.integers().between(1, length))
                .as((every, kind, at) -> new Tampering(length, every, kind,
                        kind == Kind.SWAP || kind == Kind.TRUNCATE ? Math.min(at, length - 1) : at)));
    }

    @Property(tries = 300)
    @Label("R19 random tampering is found at its first knowable position, with the right kind")
    void foundWhereItHappened(@ForAll("tampering") Tampering t) throws ReflectiveOperationException {
        List<AuditEvent> chain = chain(t.length(), -1);
        List<String> checkpoints = checkpoints(chain, t.checkpointEvery());
        long headPosition = t.length();
        String headHash = chain.get(t.length() - 1).hash();
        int i = t.at();

        switch (t.kind()) {
            case MODIFY -> set(chain.get(i - 1), "recordId", "CHANGED");
            case DELETE -> chain.remove(i - 1);
            case SWAP -> {
                set(chain.get(i - 1), "position", (long) i + 1);
                set(chain.get(i), "position", (long) i);
                chain.add(i - 1, chain.remove(i));
            }
            case FORGE -> chain.set(i - 1, chain(i, i).get(i - 1));
            case TRUNCATE -> {
                chain = new ArrayList<>(chain.subList(0, i));
                headPosition = i;
                headHash = chain.get(i - 1).hash();
            }
            case REWRITE -> {
                chain = chain(t.length(), i);
                headHash = chain.get(t.length() - 1).hash();
            }
        }

        ChainVerification verification = new ChainVerification(checkpoints, KEY.getPublic());
        chain.forEach(verification::check);
        ChainVerification.Mismatch found = verification.finish(headPosition, headHash).firstMismatch();

        assertEquals(expected(t), found == null ? null : found.position() + " " + found.kind(), t.toString());
    }

    /** What a careful auditor could know, worked out from the kind of tampering alone. */
    static String expected(Tampering t) {
        int i = t.at();
        int n = t.length();
        int firstCheckpointFromI = ((i + t.checkpointEvery() - 1) / t.checkpointEvery()) * t.checkpointEvery();
        int newestCheckpoint = (n / t.checkpointEvery()) * t.checkpointEvery();
        return switch (t.kind()) {
            case MODIFY -> i + " MODIFIED";
            case DELETE -> i < n ? i + " GAP" : n + " TRUNCATED";
            case SWAP -> i + " LINK_BROKEN";
            case FORGE -> i % t.checkpointEvery() == 0 ? i + " CHECKPOINT_MISMATCH"
                    : (i < n ? (i + 1) : n) + " LINK_BROKEN";
            case TRUNCATE -> newestCheckpoint > i ? (i + 1) + " TRUNCATED" : null;
            case REWRITE -> firstCheckpointFromI <= n ? firstCheckpointFromI + " CHECKPOINT_MISMATCH" : null;
        };
    }

    /** A chain of {@code length} reads; from {@code forgedFrom} on (if positive) the records differ. */
    static List<AuditEvent> chain(int length, int forgedFrom) {
        ChainHead head = ChainHead.genesis();
        List<AuditEvent> events = new ArrayList<>();
        for (int p = 1; p <= length; p++) {
            events.add(head.append(ChainHeadTest.read((forgedFrom > 0 && p >= forgedFrom ? "FORGED-" : "IMAP-") + p)));
        }
        return events;
    }

    static List<String> checkpoints(List<AuditEvent> chain, int every) {
        List<String> lines = new ArrayList<>();
        String previous = Checkpoint.FIRST;
        for (AuditEvent event : chain) {
            if (event.position() % every == 0) {
                Checkpoint checkpoint = Checkpoints.at(event, previous, KEY);
                lines.add(checkpoint.line());
                previous = checkpoint.hash();
            }
        }
        return lines;
    }

    static void set(AuditEvent event, String field, Object value) throws ReflectiveOperationException {
        Field f = AuditEvent.class.getDeclaredField(field);
        f.setAccessible(true);
        f.set(event, value);
    }
}
