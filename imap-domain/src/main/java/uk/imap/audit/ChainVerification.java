package uk.imap.audit;

import java.time.OffsetDateTime;

/**
 * R19: checks the audit chain one event at a time, in position order, so that a chain of any length is verified in
 * constant memory. The first bad position and what is wrong there are kept; later damage is not reported.
 */
public final class ChainVerification {

    /** The first bad position, when it happened, and what is wrong there. */
    public record Mismatch(long position, OffsetDateTime at, Tampering kind) {
    }

    /** The outcome: valid when no mismatch was found. */
    public record Result(boolean valid, long eventsChecked, Mismatch firstMismatch) {
    }

    private long lastPosition;
    private String lastHash = AuditEvent.GENESIS;
    private long checked;
    private Mismatch first;

    /** Checks the next event; events must come in increasing position. */
    public void check(AuditEvent event) {
        checked++;
        if (first != null) {
            advance(event);
            return;
        }
        if (event.position() != lastPosition + 1) {
            first = new Mismatch(lastPosition + 1, event.occurredAt(), Tampering.GAP);
        } else if (!event.previousHash().equals(lastHash)) {
            first = new Mismatch(event.position(), event.occurredAt(), Tampering.LINK_BROKEN);
        } else if (!event.isIntact()) {
            first = new Mismatch(event.position(), event.occurredAt(), Tampering.MODIFIED);
        }
        advance(event);
    }

    private void advance(AuditEvent event) {
        lastPosition = event.position();
        lastHash = event.hash();
    }

    /**
     * The result, given the chain head read before the events: the chain must reach the head's position with the
     * head's hash.
     */
    public Result finish(long headPosition, String headHash) {
        if (first == null && lastPosition < headPosition) {
            first = new Mismatch(lastPosition + 1, null, Tampering.TRUNCATED);
        } else if (first == null && lastPosition == headPosition && !lastHash.equals(headHash)) {
            first = new Mismatch(lastPosition, null, Tampering.LINK_BROKEN);
        }
        return new Result(first == null, checked, first);
    }
}
