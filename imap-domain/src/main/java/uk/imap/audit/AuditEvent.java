package uk.imap.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Set;

/**
 * One append-only entry of the audit trail (R18), linked to the one before by its hash (R19).
 * Created only through {@link ChainHead#append}; never changed once written.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    /** The hash the first event links to. */
    public static final String GENESIS = "0".repeat(64);

    @Id
    private long position;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 200)
    private String roles;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 64)
    private AuditAction action;

    @Column(name = "record_type", length = 64)
    private String recordType;

    @Column(name = "record_id", length = 64)
    private String recordId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private AuditOutcome outcome;

    @Column(length = 64)
    private String origin;

    @Column(name = "user_agent", length = 400)
    private String userAgent;

    @Column(length = 1000)
    private String reason;

    // R33: the hash covers this digest of the reason rather than the reason itself, so a reason that names a person
    // can be erased with the enquiry it is about and the chain still verifies. Null on events written before.
    @Column(name = "reason_digest", length = 64)
    private String reasonDigest;

    // Issue 16: the hash of the content as the event's own transaction wrote it, before the sequencer gave it its
    // place; null on events written into the chain directly, as before. The chain's hash covers it.
    @Column(name = "entry_hash", length = 64)
    private String entryHash;

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    /** The event of what happened, placed straight after the event before it (the design before the sequencer). */
    static AuditEvent after(long previousPosition, String previousHash, Occurrence what) {
        return chained(previousPosition, previousHash, AuditEntry.of(what), null);
    }

    /** A committed entry given its place in the chain by the sequencer, with the hash its transaction wrote. */
    static AuditEvent sequenced(long previousPosition, String previousHash, AuditEntry entry) {
        return chained(previousPosition, previousHash, entry, entry.contentHash());
    }

    private static AuditEvent chained(long previousPosition, String previousHash, AuditEntry entry,
                                      String entryHash) {
        AuditEvent event = new AuditEvent();
        event.position = previousPosition + 1;
        event.occurredAt = entry.occurredAt();
        event.actor = entry.actor();
        event.roles = entry.roles();
        event.action = entry.action();
        event.recordType = entry.recordType();
        event.recordId = entry.recordId();
        event.outcome = entry.outcome();
        event.origin = entry.origin();
        event.userAgent = entry.userAgent();
        event.reason = entry.reason();
        event.reasonDigest = entry.reasonDigest();
        event.entryHash = entryHash;
        event.previousHash = previousHash;
        event.hash = event.computeHash();
        return event;
    }

    /**
     * An event exactly as a database holds it, for verifying the chain outside the application (the offline
     * verifier): nothing is cleaned or recomputed, so any change made to the stored row shows.
     */
    public static AuditEvent stored(long position, OffsetDateTime occurredAt, String actor, String roles,
                                    AuditAction action, String recordType, String recordId, AuditOutcome outcome,
                                    String origin, String userAgent, String reason, String reasonDigest,
                                    String entryHash, String previousHash, String hash) {
        AuditEvent event = new AuditEvent();
        event.position = position;
        event.occurredAt = occurredAt;
        event.actor = actor;
        event.roles = roles;
        event.action = action;
        event.recordType = recordType;
        event.recordId = recordId;
        event.outcome = outcome;
        event.origin = origin;
        event.userAgent = userAgent;
        event.reason = reason;
        event.reasonDigest = reasonDigest;
        event.entryHash = entryHash;
        event.previousHash = previousHash;
        event.hash = hash;
        return event;
    }

    /**
     * Whether the stored hash still matches the content and the link to the event before, a reason kept under its
     * digest is still the reason digested (or was erased), and a sequenced event's content is what its transaction
     * wrote: content changed while it waited for the sequencer shows here.
     */
    public boolean isIntact() {
        if (reasonDigest != null && reason != null && !reasonDigest.equals(AuditEntry.digestOf(reason))) {
            return false;
        }
        String content = content();
        if (entryHash != null && !entryHash.equals(AuditEntry.digestOf(content))) {
            return false;
        }
        byte[] digest = AuditEntry.SHA_256.get().digest(canonical(content).getBytes(StandardCharsets.UTF_8));
        if (hash == null || hash.length() != 2 * digest.length) {
            return false;
        }
        // Compared where it stands rather than formatted anew: verification checks every event of the chain.
        for (int i = 0; i < digest.length; i++) {
            if (hash.charAt(2 * i) != HEX_DIGITS.charAt(digest[i] >> 4 & 0xf)
                    || hash.charAt(2 * i + 1) != HEX_DIGITS.charAt(digest[i] & 0xf)) {
                return false;
            }
        }
        return true;
    }

    private static final String HEX_DIGITS = "0123456789abcdef";

    /**
     * SHA-256 over a canonical encoding: every field length-prefixed, so no choice of values can make two
     * different events encode alike.
     */
    private String computeHash() {
        return HexFormat.of().formatHex(AuditEntry.SHA_256.get().digest(canonicalBytes()));
    }

    /** The bytes the hash covers, for measuring verification against raw SHA-256 over the same bytes. */
    public byte[] canonicalBytes() {
        return canonical(content()).getBytes(StandardCharsets.UTF_8);
    }

    private String content() {
        return AuditEntry.content(occurredAt, actor, roles, action, recordType, recordId, outcome, origin, userAgent,
                reason, reasonDigest);
    }

    // The position, the content, the entry's hash where the sequencer placed it ('@' starts no length-prefixed field,
    // so an event placed directly encodes exactly as before) and the link to the event before.
    private String canonical(String content) {
        StringBuilder canonical = new StringBuilder(content.length() + 160);
        AuditEntry.field(canonical, Long.toString(position));
        canonical.append(content);
        if (entryHash != null) {
            canonical.append('@').append(entryHash).append(';');
        }
        AuditEntry.field(canonical, previousHash);
        return canonical.toString();
    }

    /** R33: the reason was kept under its digest and has since been erased with the enquiry it was about. */
    public boolean reasonErased() {
        return reasonDigest != null && reason == null;
    }

    public String reasonDigest() {
        return reasonDigest;
    }

    /** The hash its transaction wrote, for an event the sequencer placed; null for one placed directly. */
    public String entryHash() {
        return entryHash;
    }

    public long position() {
        return position;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public Set<String> roles() {
        return roles.isEmpty() ? Set.of() : Set.of(roles.split(","));
    }

    public AuditAction action() {
        return action;
    }

    public String recordType() {
        return recordType;
    }

    public String recordId() {
        return recordId;
    }

    public AuditOutcome outcome() {
        return outcome;
    }

    public String origin() {
        return origin;
    }

    public String userAgent() {
        return userAgent;
    }

    public String reason() {
        return reason;
    }

    public String previousHash() {
        return previousHash;
    }

    public String hash() {
        return hash;
    }
}
