package uk.imap.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void aVerifiedTokenIsRecalledWithItsAccountAndIssuerUntilItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(100);
        tokens.remember("token-a", "prac.sam", "imap", NOW.plusSeconds(60), NOW);

        Optional<VerifiedTokens.Verified> recalled = tokens.recall("token-a", NOW.plusSeconds(59));
        assertEquals("prac.sam", recalled.orElseThrow().username());
        assertEquals("imap", recalled.orElseThrow().issuer());
        assertEquals(Optional.empty(), tokens.recall("token-a", NOW.plusSeconds(60)), "expired: verified afresh");
        assertEquals(Optional.empty(), tokens.recall("token-b", NOW), "another token is never taken for it");
        assertEquals(Optional.empty(), tokens.recall("token-a ", NOW), "nor one that differs by a character");
    }

    @Test
    void aLongLivedTokenIsVerifiedAgainAfterAFewMinutes() {
        VerifiedTokens tokens = new VerifiedTokens(100);
        tokens.remember("token-a", "prac.sam", "imap", NOW.plus(Duration.ofHours(8)), NOW);

        assertTrue(tokens.recall("token-a", NOW.plus(VerifiedTokens.LONGEST).minusSeconds(1)).isPresent());
        assertEquals(Optional.empty(), tokens.recall("token-a", NOW.plus(VerifiedTokens.LONGEST)));
    }

    @Test
    void anExpiredTokenIsNotRemembered() {
        VerifiedTokens tokens = new VerifiedTokens(100);
        tokens.remember("token-a", "prac.sam", "imap", NOW.minusSeconds(1), NOW);

        assertEquals(0, tokens.size());
    }

    @Test
    void itNeverHoldsMoreThanItsCapacityAndExpiredEntriesGoFirst() {
        VerifiedTokens tokens = new VerifiedTokens(3);
        tokens.remember("short", "a", "imap", NOW.plusSeconds(10), NOW);
        tokens.remember("long-1", "b", "imap", NOW.plusSeconds(600), NOW);
        tokens.remember("long-2", "c", "imap", NOW.plusSeconds(600), NOW);
        tokens.remember("long-3", "d", "imap", NOW.plusSeconds(600), NOW.plusSeconds(20));

        assertEquals(3, tokens.size(), "the expired one made room");
        assertTrue(tokens.recall("long-1", NOW.plusSeconds(30)).isPresent());

        tokens.remember("long-4", "e", "imap", NOW.plusSeconds(600), NOW.plusSeconds(30));
        assertTrue(tokens.size() <= 3);
        assertEquals("e", tokens.recall("long-4", NOW.plusSeconds(31)).orElseThrow().username());
    }
}
