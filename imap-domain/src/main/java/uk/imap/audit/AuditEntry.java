package uk.imap.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * An audit event as its own transaction writes it (R18): stored with the change it records, under a hash of its own
 * content, and without a place in the chain yet. No transaction waits for another to write one. The sequencer gives
 * committed entries their chain positions and links a batch at a time ({@link ChainHead#sequence}), and removes
 * them from here; an entry left here past the sequencer's delay is reported by verification (R19).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    // Blocks of 1,000 (the sequence's increment, V27): every request writes an entry, and with blocks of 50 many
    // writers waited together for each next block.
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_id")
    @SequenceGenerator(name = "audit_entry_id", sequenceName = "audit_entry_id_seq", allocationSize = 1000)
    private Long id;

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

    @Column(name = "reason_digest", length = 64)
    private String reasonDigest;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    protected AuditEntry() {
    }

    /** What happened, cleaned as the trail keeps it and hashed. */
    public static AuditEntry of(Occurrence what) {
        AuditEntry entry = new AuditEntry();
        // Databases keep microseconds; the hash must be over what is stored, or no event would verify when read back.
        entry.occurredAt = what.at().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entry.actor = clip(what.actor(), 100);
        entry.roles = String.join(",", what.roles().stream().sorted().toList());
        entry.action = what.action();
        entry.recordType = clip(what.recordType(), 64);
        entry.recordId = clip(what.recordId(), 64);
        entry.outcome = what.outcome();
        entry.origin = clip(what.origin(), 64);
        entry.userAgent = clip(what.userAgent(), 400);
        entry.reason = clip(what.reason(), 1000);
        entry.reasonDigest = entry.reason == null ? null : digestOf(entry.reason);
        entry.contentHash = digestOf(content(entry.occurredAt, entry.actor, entry.roles, entry.action,
                entry.recordType, entry.recordId, entry.outcome, entry.origin, entry.userAgent, entry.reason,
                entry.reasonDigest));
        return entry;
    }

    /**
     * The canonical encoding of an event's content, without its place in the chain: every field length-prefixed, so
     * no choice of values can make two different events encode alike. A reason kept under its digest is encoded as
     * the digest, so erasing the reason (R33) changes nothing hashed.
     */
    static String content(OffsetDateTime occurredAt, String actor, String roles, AuditAction action,
                          String recordType, String recordId, AuditOutcome outcome, String origin, String userAgent,
                          String reason, String reasonDigest) {
        StringBuilder canonical = new StringBuilder(256);
        StringBuilder moment = new StringBuilder(32);
        UtcTimestamp.append(moment, occurredAt);
        field(canonical, moment.toString());
        field(canonical, actor);
        field(canonical, roles);
        field(canonical, action.name());
        field(canonical, recordType);
        field(canonical, recordId);
        field(canonical, outcome.name());
        field(canonical, origin);
        field(canonical, userAgent);
        if (reasonDigest == null) {
            field(canonical, reason);
        } else {
            // '#' starts no length-prefixed field, so no reason can encode like a digest.
            canonical.append('#').append(reasonDigest).append(';');
        }
        return canonical.toString();
    }

    static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }

    static String digestOf(String text) {
        return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    // One digest per thread: looking one up for each event costs more than hashing the event (R19 benchmark).
    static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    });

    // Control characters typed by a person must never split a log line or a report row; Unicode line and paragraph
    // separators, bidi overrides and zero-width characters must not split, reorder or hide what a reader sees.
    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\p{Cf}]", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    String roles() {
        return roles;
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

    String reasonDigest() {
        return reasonDigest;
    }

    /** The hash of the content as its transaction wrote it. */
    public String contentHash() {
        return contentHash;
    }
}
