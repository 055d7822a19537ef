package uk.imap.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.shared.InvalidInput;

class ReviewTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);
    static final StaffMember PAT = new StaffMember("cg.pat", Set.of(Roles.CALDICOTT_GUARDIAN), "HEALTH", null);
    static final StaffMember ANA = new StaffMember("mgr.ana", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_A");

    static Review emergency() {
        return Review.raise(ReviewKind.EMERGENCY_ACCESS, "IMAP-2026-000001", "EmergencyAccess", "50", "prac.lee",
                "Owner off sick", AT);
    }

    @Test
    @DisplayName("R23 the Caldicott Guardian reviews emergency access with a verdict and comment, once; the wait is shown")
    void reviewedOnce() {
        Review review = emergency();
        assertEquals(Duration.ofHours(3), review.waited(AT.plusHours(3)));

        review.review(Verdict.MISUSE, "No emergency: the owner was at work", PAT, AT.plusHours(5));

        assertFalse(review.isOpen());
        assertEquals(Duration.ofHours(5), review.waited(AT.plusDays(2)));
        assertThrows(AlreadyReviewed.class, () -> review.review(Verdict.ACCEPTED, "Again", PAT, AT));
    }

    @Test
    @DisplayName("R23 a verdict and comment are required; misuse is a verdict on emergency access only; only the Guardian reviews")
    void verdictRules() {
        Review override = Review.raise(ReviewKind.OVERRIDE_APPROVED, "IMAP-2026-000001", "ConsentOverride", "50",
                "mgr.ana", "Risk outweighs refusal", AT);

        assertEquals(2, assertThrows(InvalidInput.class, () -> override.review(null, " ", PAT, AT)).problems().size());
        assertThrows(InvalidInput.class, () -> override.review(Verdict.MISUSE, "Misuse?", PAT, AT));
        assertThrows(AlreadyReviewed.class, () -> override.review(Verdict.ACCEPTED, "Fine", ANA, AT));
    }
}
