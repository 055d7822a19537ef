package uk.imap.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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

    @Column(name = "previous_hash", nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    static AuditEvent after(long previousPosition, String previousHash, Occurrence what) {
        AuditEvent event = new AuditEvent();
        event.position = previousPosition + 1;
        // Databases keep microseconds; the hash must be over what is stored, or no event would verify when read back.
        event.occurredAt = what.at().withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        event.actor = clip(what.actor(), 100);
        event.roles = String.join(",", what.roles().stream().sorted().toList());
        event.action = what.action();
        event.recordType = clip(what.recordType(), 64);
        event.recordId = clip(what.recordId(), 64);
        event.outcome = what.outcome();
        event.origin = clip(what.origin(), 64);
        event.userAgent = clip(what.userAgent(), 400);
        event.reason = clip(what.reason(), 1000);
        event.reasonDigest = event.reason == null ? null : digestOf(event.reason);
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
                                    String previousHash, String hash) {
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
        event.previousHash = previousHash;
        event.hash = hash;
        return event;
    }

    /**
     * Whether the stored hash still matches the content and the link to the event before, and a reason kept under its
     * digest is still the reason digested (or was erased).
     */
    public boolean isIntact() {
        if (reasonDigest != null && reason != null && !reasonDigest.equals(digestOf(reason))) {
            return false;
        }
        byte[] digest = SHA_256.get().digest(canonicalBytes());
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
        return HexFormat.of().formatHex(SHA_256.get().digest(canonicalBytes()));
    }

    // One digest per thread: looking one up for each event costs more than hashing the event (R19 benchmark).
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    });

    /** The bytes the hash covers, for measuring verification against raw SHA-256 over the same bytes. */
    public byte[] canonicalBytes() {
        StringBuilder canonical = new StringBuilder();
        field(canonical, Long.toString(position));
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
        field(canonical, previousHash);
        return canonical.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String digestOf(String text) {
        return HexFormat.of().formatHex(SHA_256.get().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** R33: the reason was kept under its digest and has since been erased with the enquiry it was about. */
    public boolean reasonErased() {
        return reasonDigest != null && reason == null;
    }

    public String reasonDigest() {
        return reasonDigest;
    }

    private static void field(StringBuilder canonical, String value) {
        if (value == null) {
            canonical.append("-;");
        } else {
            canonical.append(value.length()).append(':').append(value).append(';');
        }
    }

    // Control characters typed by a person must never split a log line or a report row; Unicode line and paragraph
    // separators, bidi overrides and zero-width characters must not split, reorder or hide what a reader sees.
    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\p{Cf}]", " ");
        return clean.length() <= max ? clean : clean.substring(0, max);
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
