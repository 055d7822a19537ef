package uk.imap.access;

import java.time.Duration;
import java.time.Instant;

/**
 * A bearer token a partner system sends instead of a password with each call. It names an account and nothing
 * more: what the account may do is read from the identity store at each call, so an account disabled or changed
 * since the token was issued is refused or narrowed at once. It lives briefly, so a token that leaks is soon
 * worthless.
 */
public record AccessToken(String value, Instant expiresAt) {

    public static final Duration LIFETIME = Duration.ofMinutes(15);

    /** The audience IMAP's API requires in every token it takes, its own or the council's identity provider's. */
    public static final String AUDIENCE = "imap-api";

    public long expiresInSeconds(Instant now) {
        return Math.max(0, Duration.between(now, expiresAt).toSeconds());
    }
}
