package uk.imap.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class ConsentOverrideTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);
    static final StaffMember SAM = new StaffMember("prac.sam", Set.of(Roles.PRACTITIONER), "CHILDRENS_SOCIAL_CARE",
            "HUB_TEAM_A");
    static final StaffMember ANA = new StaffMember("mgr.ana", Set.of(Roles.MANAGER), "CHILDRENS_SOCIAL_CARE",
            "HUB_TEAM_A");
    static final StaffMember PAT = new StaffMember("cg.pat", Set.of(Roles.CALDICOTT_GUARDIAN), "HEALTH", null);
    static final OverrideDetails CASE = new OverrideDetails("A child's safety outweighs the mother's wish",
            "The mother may stop engaging with services", "The child may stay in a violent home unseen");

    static ConsentDecision refusal() {
        return ConsentDecision.of(ConsentDetailsTest.refused("No agency may be told"), "prac.sam", AT, null);
    }

    @Test
    @DisplayName("R4 an override answers a refusal: with consent granted or not sought there is nothing to override")
    void onlyARefusalIsOverridden() {
        ConsentDecision granted = ConsentDecision.of(ConsentDetailsTest.granted(true), "prac.sam", AT, null);

        assertThrows(OverrideNotNeeded.class, () -> ConsentOverride.request(1L, granted, CASE, SAM, AT));
        assertThrows(OverrideNotNeeded.class, () -> ConsentOverride.request(1L, null, CASE, SAM, AT));
    }

    @Test
    @DisplayName("R4 the public-interest case weighs the harm of sharing against the harm of not sharing")
    void theCaseIsComplete() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> ConsentOverride.request(1L, refusal(),
                new OverrideDetails("Safety", " ", null), SAM, AT));

        assertEquals(List.of("harmOfSharing", "harmOfNotSharing"),
                refused.problems().stream().map(FieldProblem::field).toList());
    }

    @Test
    @DisplayName("R4 four eyes: nobody approves their own override, and a practitioner approves none")
    void fourEyes() {
        ConsentOverride askedByAna = ConsentOverride.request(1L, refusal(), CASE, ANA, AT);

        assertThrows(FourEyesRequired.class, () -> askedByAna.decide(true, "I agree with myself", ANA, AT));
        assertThrows(FourEyesRequired.class, () -> askedByAna.decide(true, "Looks right", SAM, AT));
        assertEquals(OverrideStatus.PENDING, askedByAna.status());
    }

    @Test
    @DisplayName("R4 a manager or the Caldicott Guardian other than the asker approves with reasons; then sharing may rely on it")
    void approval() {
        ConsentDecision refusal = refusal();
        ConsentOverride override = ConsentOverride.request(1L, refusal, CASE, SAM, AT);
        assertFalse(override.allowsSharingUnder(refusal));

        assertThrows(InvalidInput.class, () -> override.decide(true, "", PAT, AT));
        override.decide(true, "Risk of significant harm outweighs the refusal", PAT, AT);

        assertEquals(OverrideStatus.APPROVED, override.status());
        assertEquals("cg.pat", override.decidedBy());
        assertTrue(override.allowsSharingUnder(refusal));
        assertThrows(OverrideDecided.class, () -> override.decide(false, "Changed my mind", ANA, AT));
    }

    @Test
    @DisplayName("R29 R4 an approval that names agencies lets those share and no other; naming none covers every one")
    void approvalNamingAgencies() {
        ConsentDecision refusal = refusal();
        ConsentOverride police = ConsentOverride.request(1L, refusal, CASE, SAM, AT);
        ConsentOverride any = ConsentOverride.request(1L, refusal, CASE, SAM, AT);

        police.decide(true, "The police call-outs are what the risk turns on", Set.of("POLICE"), PAT, AT);
        any.decide(true, "Every agency asked holds part of the picture", Set.of(), PAT, AT);

        assertTrue(police.allowsSharingBy("POLICE", refusal));
        assertFalse(police.allowsSharingBy("HEALTH", refusal));
        assertTrue(any.allowsSharingBy("HEALTH", refusal));
        assertEquals(Set.of("POLICE"), police.coveredAgencies());
    }

    @Test
    @DisplayName("R4 a rejected override lets nobody share, and a later consent decision leaves any override behind")
    void rejectionAndLaterDecisions() {
        ConsentDecision refusal = refusal();
        ConsentOverride rejected = ConsentOverride.request(1L, refusal, CASE, SAM, AT);
        rejected.decide(false, "Not enough to outweigh the refusal", ANA, AT);
        assertFalse(rejected.allowsSharingUnder(refusal));

        ConsentOverride approved = ConsentOverride.request(1L, refusal, CASE, SAM, AT);
        approved.decide(true, "Outweighs", ANA, AT);
        ConsentDecision grantedLater = ConsentDecision.of(ConsentDetailsTest.granted(true), "prac.sam", AT, refusal);
        assertFalse(approved.allowsSharingUnder(grantedLater));
    }
}
