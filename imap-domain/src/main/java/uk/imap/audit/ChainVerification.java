package uk.imap.audit;

import java.io.Serializable;
import java.security.PublicKey;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * R19: checks the audit chain one event at a time, in position order, so that a chain of any length is verified in
 * constant memory. The first bad position and what is wrong there are kept; later damage is not reported.
 * With signed checkpoints, a chain rewritten consistently (every hash recomputed) or cut below a checkpoint is found
 * too: each checkpoint must carry a good signature, link to the checkpoint before it, and name the hash the chain
 * really has at its position.
 */
public final class ChainVerification {

    /** The first bad position, when it happened, and what is wrong there. */
    public record Mismatch(long position, OffsetDateTime at, Tampering kind) implements Serializable {
    }

    /** The outcome: valid when no mismatch was found. */
    public record Result(boolean valid, long eventsChecked, long checkpointsChecked, int keysChecked,
                         long erasedTextEvents, Mismatch firstMismatch) implements Serializable {
    }

    private final List<Checkpoint> checkpoints;
    private final CheckpointKeys checkpointKeys;
    private final Set<String> keysUsed = new HashSet<>();
    private int nextCheckpoint;
    private String lastCheckpointHash = Checkpoint.FIRST;
    private long lastCheckpointPosition;

    private long lastPosition;
    private String lastHash = AuditEvent.GENESIS;
    // Read by whoever watches a long run's progress, on another thread.
    private volatile long checked;
    private long erasedText;
    private Mismatch first;

    /** Verification of the chain's own links, without checkpoints. */
    public ChainVerification() {
        this(List.of(), (CheckpointKeys) null);
    }

    /**
     * Verification against checkpoint lines as written, oldest first, and the public half of the key that signed
     * them. A line that is not a checkpoint counts as a bad signature just after the checkpoint before it.
     */
    public ChainVerification(List<String> checkpointLines, PublicKey checkpointKey) {
        this(checkpointLines, checkpointKey == null ? null : CheckpointKeys.only(checkpointKey));
    }

    /**
     * R34: verification against checkpoint lines and every key that has signed them, each accepted only for the
     * checkpoints signed while it was in force.
     */
    public ChainVerification(List<String> checkpointLines, CheckpointKeys checkpointKeys) {
        this.checkpointKeys = checkpointKeys;
        this.checkpoints = new ArrayList<>(checkpointLines.size());
        long previous = 0;
        for (String line : checkpointLines) {
            if (line.isBlank()) {
                continue;
            }
            try {
                Checkpoint checkpoint = Checkpoint.parse(line);
                checkpoints.add(checkpoint);
                previous = checkpoint.position();
            } catch (IllegalArgumentException unreadable) {
                checkpoints.add(new Checkpoint(previous + 1, "", null, "", null, null));
                previous++;
            }
        }
    }

    /**
     * Verification of the events after a checkpoint already trusted: before a new checkpoint is signed, the events
     * since the last one must verify, so a tampered chain is never signed.
     */
    public static ChainVerification after(Checkpoint trusted) {
        ChainVerification verification = new ChainVerification();
        verification.lastPosition = trusted.position();
        verification.lastHash = trusted.headHash();
        return verification;
    }

    /** Checks the next event; events must come in increasing position. */
    public void check(AuditEvent event) {
        checked++;
        if (first == null && linked(event.position(), event.occurredAt(), event.previousHash())) {
            if (!event.isIntact()) {
                first = new Mismatch(event.position(), event.occurredAt(), Tampering.MODIFIED);
            } else {
                erasedText += event.reasonErased() ? 1 : 0;
                checkCheckpointsAt(event);
            }
        }
        lastPosition = event.position();
        lastHash = event.hash();
    }

    /**
     * Checks a stored row that cannot even be read as an event (an action or outcome no version of IMAP writes):
     * after the position and link checks, it is MODIFIED.
     */
    public void checkUnreadable(long position, OffsetDateTime at, String previousHash, String hash) {
        checked++;
        if (first == null && linked(position, at, previousHash)) {
            first = new Mismatch(position, at, Tampering.MODIFIED);
        }
        lastPosition = position;
        lastHash = hash;
    }

    private boolean linked(long position, OffsetDateTime at, String previousHash) {
        if (position != lastPosition + 1) {
            first = new Mismatch(lastPosition + 1, at, Tampering.GAP);
        } else if (!lastHash.equals(previousHash)) {
            first = new Mismatch(position, at, Tampering.LINK_BROKEN);
        }
        return first == null;
    }

    private void checkCheckpointsAt(AuditEvent event) {
        while (first == null && nextCheckpoint < checkpoints.size()
                && checkpoints.get(nextCheckpoint).position() <= event.position()) {
            Checkpoint checkpoint = checkpoints.get(nextCheckpoint++);
            Optional<CheckpointKeys.Key> signer = checkpointKeys == null ? Optional.empty()
                    : checkpointKeys.signerOf(checkpoint);
            if (signer.isEmpty()) {
                first = new Mismatch(checkpoint.position(), event.occurredAt(), Tampering.BAD_SIGNATURE);
            } else if (checkpoint.position() != event.position()
                    || checkpoint.position() <= lastCheckpointPosition
                    || !checkpoint.previousCheckpointHash().equals(lastCheckpointHash)
                    || !checkpoint.headHash().equals(event.hash())) {
                first = new Mismatch(event.position(), event.occurredAt(), Tampering.CHECKPOINT_MISMATCH);
            } else {
                keysUsed.add(signer.get().id());
                lastCheckpointHash = checkpoint.hash();
                lastCheckpointPosition = checkpoint.position();
            }
        }
    }

    /** How many events have been checked so far. */
    public long eventsChecked() {
        return checked;
    }

    /**
     * R19 with the sequencer (issue 16): an entry written at {@code at} still waits, long after its transaction must
     * have ended. The chain itself may be whole; the trail is not.
     */
    public void waitingSince(OffsetDateTime at) {
        if (first == null) {
            first = new Mismatch(lastPosition + 1, at, Tampering.UNSEQUENCED);
        }
    }

    /**
     * The result, given the chain head read before the events: the chain must reach the head's position with the
     * head's hash, and the newest checkpoint's position.
     */
    public Result finish(long headPosition, String headHash) {
        long attested = checkpoints.isEmpty() ? 0 : checkpoints.get(checkpoints.size() - 1).position();
        if (first == null && (lastPosition < headPosition || lastPosition < attested)) {
            first = new Mismatch(lastPosition + 1, null, Tampering.TRUNCATED);
        } else if (first == null && lastPosition == headPosition && !lastHash.equals(headHash)) {
            first = new Mismatch(lastPosition, null, Tampering.LINK_BROKEN);
        }
        return new Result(first == null, checked, nextCheckpoint, keysUsed.size(), erasedText, first);
    }
}
