package uk.imap.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * R34: every public key that has signed audit checkpoints, with when each came into force and when it was retired,
 * so keys change without a flag day. A checkpoint is accepted only under a key in force when it was signed: old
 * checkpoints keep verifying under their old key, and a checkpoint signed with a key after its retirement fails.
 * Kept as lines of text an auditor can hold a copy of: {@code imap-checkpoint-key id=… from=… retired=… key=…}.
 */
public final class CheckpointKeys {

    private static final String LINE = "imap-checkpoint-key";
    private static final String ALWAYS = "-";

    /** One key: {@code from} null since the first checkpoint, {@code retired} null while in force. */
    public record Key(String id, PublicKey publicKey, OffsetDateTime from, OffsetDateTime retired) {

        public boolean inForceAt(OffsetDateTime at) {
            return at != null && (from == null || !at.isBefore(from)) && (retired == null || at.isBefore(retired));
        }

        String line() {
            return LINE + " id=" + id + " from=" + (from == null ? ALWAYS : from) + " retired="
                    + (retired == null ? ALWAYS : retired) + " key="
                    + Base64.getEncoder().encodeToString(publicKey.getEncoded());
        }
    }

    private final List<Key> keys;

    private CheckpointKeys(List<Key> keys) {
        this.keys = List.copyOf(keys);
    }

    /** One key, in force since the first checkpoint: how IMAP signed before keys could change. */
    public static CheckpointKeys only(PublicKey key) {
        return new CheckpointKeys(List.of(new Key(idOf(key), key, null, null)));
    }

    /** The short name of a public key that checkpoints carry: the start of the SHA-256 of its encoding. */
    public static String idOf(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * Reads the lines written by {@link #lines()}.
     *
     * @throws IllegalArgumentException when a line is not a key, or a key's name does not match it
     */
    public static CheckpointKeys parse(List<String> lines) {
        List<Key> keys = new ArrayList<>();
        for (String line : lines) {
            if (!line.isBlank()) {
                keys.add(parseLine(line.strip()));
            }
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("No checkpoint keys");
        }
        return new CheckpointKeys(keys);
    }

    private static Key parseLine(String line) {
        String[] words = line.split(" ");
        if (words.length != 5 || !words[0].equals(LINE)) {
            throw new IllegalArgumentException("Not a checkpoint key line: " + line);
        }
        try {
            String id = value(words[1], "id");
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(
                    Base64.getDecoder().decode(value(words[4], "key").getBytes(StandardCharsets.US_ASCII))));
            if (!id.equals(idOf(key))) {
                throw new IllegalArgumentException("The key named " + id + " is another key");
            }
            return new Key(id, key, moment(value(words[2], "from")), moment(value(words[3], "retired")));
        } catch (GeneralSecurityException | DateTimeParseException e) {
            throw new IllegalArgumentException("Not a checkpoint key: " + e.getMessage(), e);
        }
    }

    private static String value(String word, String name) {
        if (!word.startsWith(name + "=")) {
            throw new IllegalArgumentException("A checkpoint key line lacks " + name);
        }
        return word.substring(name.length() + 1);
    }

    private static OffsetDateTime moment(String text) {
        return text.equals(ALWAYS) ? null : OffsetDateTime.parse(text);
    }

    /** The keys as lines, oldest first. */
    public List<String> lines() {
        return keys.stream().map(Key::line).toList();
    }

    public List<Key> keys() {
        return keys;
    }

    /** The key in force now: the newest, unless it was retired. */
    public Optional<Key> current() {
        Key newest = keys.get(keys.size() - 1);
        return newest.retired() == null ? Optional.of(newest) : Optional.empty();
    }

    /** These keys with the one in force retired at {@code at} and {@code next} in force from then. */
    public CheckpointKeys rotatedTo(PublicKey next, OffsetDateTime at) {
        OffsetDateTime utc = at.withOffsetSameInstant(ZoneOffset.UTC);
        List<Key> rotated = new ArrayList<>();
        for (Key key : keys) {
            rotated.add(key.retired() == null ? new Key(key.id(), key.publicKey(), key.from(), utc) : key);
        }
        rotated.add(new Key(idOf(next), next, utc, null));
        return new CheckpointKeys(rotated);
    }

    /**
     * Whether the checkpoint was signed by a key in force when it was signed: the key it names, or, for a checkpoint
     * from before keys were named, any key then in force.
     */
    public boolean accepts(Checkpoint checkpoint) {
        return signerOf(checkpoint).isPresent();
    }

    /** The key in force that signed the checkpoint, as {@link #accepts} decides; empty when there is none. */
    public Optional<Key> signerOf(Checkpoint checkpoint) {
        return keys.stream()
                .filter(key -> checkpoint.keyId() == null || key.id().equals(checkpoint.keyId()))
                .filter(key -> key.inForceAt(checkpoint.at()) && checkpoint.signedBy(key.publicKey()))
                .findFirst();
    }
}
