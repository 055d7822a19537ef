package uk.imap.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * R19: a signed statement that the audit chain had {@code position} events ending in {@code headHash} at a moment,
 * linked to the checkpoint before it. Kept outside the database, it exposes a chain that was rewritten consistently
 * (every hash recomputed), which the chain's own links cannot show. Signed with Ed25519 by a key the database never
 * holds.
 */
public record Checkpoint(long position, String headHash, OffsetDateTime at, String previousCheckpointHash,
                         String signature, String keyId) {

    /** What the first checkpoint links to. */
    public static final String FIRST = AuditEvent.GENESIS;

    private static final String VERSION = "imap-checkpoint-v1";
    /** R34: names the key that signed it, and signs that name too, so keys can change without a flag day. */
    private static final String VERSION_2 = "imap-checkpoint-v2";

    /** Signs the state of the chain as checkpoints were signed before keys could change: no key is named. */
    public static Checkpoint sign(long position, String headHash, OffsetDateTime at, String previousCheckpointHash,
                                  PrivateKey key) {
        return sign(position, headHash, at, previousCheckpointHash, key, null);
    }

    /** Signs the state of the chain with the private half of the checkpoint key named {@code keyId}. */
    public static Checkpoint sign(long position, String headHash, OffsetDateTime at, String previousCheckpointHash,
                                  PrivateKey key, String keyId) {
        OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(content(keyId, position, headHash, utc, previousCheckpointHash));
            String signature = Base64.getEncoder().encodeToString(signer.sign());
            return new Checkpoint(position, headHash, utc, previousCheckpointHash, signature, keyId);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The checkpoint key cannot sign: " + e.getMessage(), e);
        }
    }

    /** Whether the signature was made by the private half of {@code key} over exactly this content. */
    public boolean signedBy(PublicKey key) {
        if (signature == null || at == null) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(content(keyId, position, headHash, at, previousCheckpointHash));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The hash the next checkpoint links to: over the content and the signature. */
    public String hash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(content(keyId, position, headHash, at, previousCheckpointHash));
            digest.update(signature.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** One line of the checkpoint file and the server log: {@code imap-checkpoint-v2 key=… position=… …}. */
    public String line() {
        return (keyId == null ? VERSION : VERSION_2 + " key=" + keyId) + " position=" + position + " head=" + headHash + " at="
                + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + " previous=" + previousCheckpointHash
                + " signature=" + signature;
    }

    /**
     * Reads a line written by {@link #line()}.
     *
     * @throws IllegalArgumentException when the line is not a checkpoint: verification reports it as a bad
     *                                  signature, since nobody holding the key wrote it
     */
    public static Checkpoint parse(String line) {
        String[] words = line.strip().split(" ");
        boolean named = words.length == 7 && words[0].equals(VERSION_2);
        if (!named && (words.length != 6 || !words[0].equals(VERSION))) {
            throw new IllegalArgumentException("Not an IMAP checkpoint line");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 1; i < words.length; i++) {
            int equals = words[i].indexOf('=');
            if (equals < 1) {
                throw new IllegalArgumentException("Not an IMAP checkpoint field: " + words[i]);
            }
            fields.put(words[i].substring(0, equals), words[i].substring(equals + 1));
        }
        try {
            return new Checkpoint(Long.parseLong(fields.get("position")), require(fields, "head"),
                    OffsetDateTime.parse(require(fields, "at")), require(fields, "previous"),
                    require(fields, "signature"), named ? require(fields, "key") : null);
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not an IMAP checkpoint: " + e.getMessage(), e);
        }
    }

    private static String require(Map<String, String> fields, String name) {
        String value = fields.get(name);
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("A checkpoint line lacks " + name);
        }
        return value;
    }

    private static byte[] content(String keyId, long position, String headHash, OffsetDateTime at, String previous) {
        return ((keyId == null ? VERSION : VERSION_2 + "\n" + keyId) + "\n" + position + "\n" + headHash + "\n" + at.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                + "\n" + previous).getBytes(StandardCharsets.UTF_8);
    }
}
