package uk.imap.access.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens whose signature was verified, so a partner system's next call with the same token costs a lookup instead
 * of an ES256 verification (issue 16: the verification was most of a trivial API call's time on two cores). An entry
 * lasts until the token expires, and at most {@link #LONGEST} after it was verified; it names who issued the token,
 * so a token stops at once when its issuer is no longer trusted. Only a digest of each token is kept, never the token.
 * The account behind a remembered token is still looked up at every call: disabling it stops its tokens at once.
 */
final class VerifiedTokens {

    static final Duration LONGEST = Duration.ofMinutes(5);

    /** Who was verified, by which issuer, and until when the verification stands. */
    record Verified(String username, String issuer, Instant until) {
    }

    private final int capacity;
    private final Map<String, Verified> byDigest = new ConcurrentHashMap<>();

    VerifiedTokens(int capacity) {
        this.capacity = capacity;
    }

    /** The verification of this token still standing at {@code now}, if any. */
    Optional<Verified> recall(String token, Instant now) {
        String digest = digest(token);
        Verified known = byDigest.get(digest);
        if (known == null) {
            return Optional.empty();
        }
        if (!now.isBefore(known.until())) {
            byDigest.remove(digest, known);
            return Optional.empty();
        }
        return Optional.of(known);
    }

    /** Remembers a token just verified at {@code now}, which expires at {@code expires}. */
    void remember(String token, String username, String issuer, Instant expires, Instant now) {
        Instant until = expires.isBefore(now.plus(LONGEST)) ? expires : now.plus(LONGEST);
        if (!now.isBefore(until)) {
            return;
        }
        if (byDigest.size() >= capacity) {
            byDigest.values().removeIf(verified -> !now.isBefore(verified.until()));
            if (byDigest.size() >= capacity) {
                // More live tokens than expected: start afresh rather than grow; each is verified again once.
                byDigest.clear();
            }
        }
        byDigest.put(digest(token), new Verified(username, issuer, until));
    }

    int size() {
        return byDigest.size();
    }

    private static String digest(String token) {
        try {
            return Base64.getEncoder().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
