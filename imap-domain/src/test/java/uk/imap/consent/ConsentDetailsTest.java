package uk.imap.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

public class ConsentDetailsTest {

    static final OffsetDateTime AT = OffsetDateTime.of(2026, 11, 25, 10, 0, 0, 0, ZoneOffset.UTC);

    static ConsentDetails granted(boolean toldAllFour) {
        return new ConsentDetails(ConsentKind.GRANTED, "Alex Smith (mother)", true, true, true, toldAllFour, null,
                null, null, null, null, null, Capacity.NOT_APPLICABLE, null);
    }

    static ConsentDetails refused(String statement) {
        return new ConsentDetails(ConsentKind.REFUSED, "Alex Smith (mother)", false, false, false, false, statement,
                null, null, null, null, null, null, null);
    }

    public static ConsentDetails notSought(Set<ConsentGround> grounds, Set<ConsentFactor> factors, String why) {
        return new ConsentDetails(ConsentKind.NOT_SOUGHT, null, false, false, false, false, null, grounds, factors,
                why, null, null, null, null);
    }

    static ConsentDetails impliedBy(String service, String agreedBy) {
        return new ConsentDetails(ConsentKind.IMPLIED_BY_SERVICE, null, false, false, false, false, null, null, null,
                null, service, agreedBy, null, null);
    }

    @Test
    @DisplayName("R2 consent granted records who gave it and that all four were explained")
    void grantedIsInformed() {
        ConsentDecision decision = ConsentDecision.of(granted(true), "prac.sam", AT, null);

        assertEquals("Alex Smith (mother)", decision.givenBy());
        assertEquals(Boolean.TRUE, decision.informed());
        assertEquals("prac.sam", decision.decidedBy());
    }

    @Test
    @DisplayName("R2 consent granted without telling the person with whom it is shared is refused")
    void grantedUninformedIsRefused() {
        assertEquals(List.of("informedOf"), fields(granted(false)));
    }

    @Test
    @DisplayName("R2 a refusal records what was said; without it the decision is refused")
    void refusalNeedsTheStatement() {
        assertEquals("I don't want the school told", ConsentDecision.of(refused("I don't want the school told"),
                "prac.sam", AT, null).statement());
        assertEquals(List.of("statement"), fields(refused(" ")));
    }

    @Test
    @DisplayName("R3 consent not sought needs a ground and a written justification")
    void notSoughtNeedsAGroundAndAJustification() {
        assertEquals(List.of(), fields(notSought(Set.of(ConsentGround.RISK_OF_HARM), Set.of(), "Father is violent")));
        assertEquals(List.of("grounds", "justification"), fields(notSought(Set.of(), Set.of(), "")));
    }

    @Test
    @DisplayName("R8 a closed environment is never on its own a ground for not seeking consent")
    void closedEnvironmentAloneIsNotAGround() {
        List<FieldProblem> problems = notSought(Set.of(), Set.of(ConsentFactor.CLOSED_ENVIRONMENT), "We are closed")
                .problems();

        assertEquals("grounds", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("never on its own a ground"));
        assertEquals(List.of(), fields(notSought(Set.of(ConsentGround.UNJUSTIFIED_DELAY),
                Set.of(ConsentFactor.CLOSED_ENVIRONMENT), "Strategy meeting today")));
    }

    @Test
    @DisplayName("R5 implied consent names the service and who agreed to it")
    void impliedConsentNamesTheService() {
        ConsentDecision decision = ConsentDecision.of(impliedBy("CAMHS referral", "Alex Smith"), "prac.sam", AT, null);

        assertEquals("CAMHS referral", decision.service());
        assertEquals(List.of("service", "agreedBy"), fields(impliedBy(null, " ")));
    }

    @Test
    @DisplayName("R5 a poster or privacy notice is not consent")
    void aGeneralNoticeIsNotConsent() {
        assertEquals(List.of("service"), fields(impliedBy("Privacy notice on the school website", "Parent")));
        assertEquals(List.of("service"), fields(impliedBy("Poster in reception", "Parent")));
    }

    @Test
    @DisplayName("R9 Gillick competence is refused as the test of capacity to consent to sharing")
    void gillickIsNotTheTest() {
        ConsentDetails gillick = new ConsentDetails(ConsentKind.GRANTED, "Robin Jones (15)", true, true, true, true,
                null, null, null, null, null, null, Capacity.GILLICK_COMPETENT, null);
        ConsentDetails capable = new ConsentDetails(ConsentKind.GRANTED, "Robin Jones (15)", true, true, true, true,
                null, null, null, null, null, null, Capacity.CAN_CONSENT_TO_SHARING, "Understood what sharing means");

        assertEquals(List.of("capacityAssessment"), fields(gillick));
        assertEquals(Capacity.CAN_CONSENT_TO_SHARING, ConsentDecision.of(capable, "prac.sam", AT, null).capacity());
    }

    @Test
    @DisplayName("R2 each kind keeps only its own fields")
    void onlyTheKindsFieldsAreKept() {
        ConsentDetails noisy = new ConsentDetails(ConsentKind.NOT_SOUGHT, "Someone", true, true, true, true,
                "said things", Set.of(ConsentGround.RISK_OF_HARM), Set.of(), "Risk from father", "CAMHS", "Parent",
                null, null);

        ConsentDecision decision = ConsentDecision.of(noisy, "prac.sam", AT, null);

        assertNull(decision.givenBy());
        assertNull(decision.statement());
        assertNull(decision.service());
        assertNull(decision.informed());
    }

    @Test
    void aDecisionWithoutAKindIsRefused() {
        assertThrows(InvalidInput.class, () -> ConsentDecision.of(new ConsentDetails(null, null, false, false, false,
                false, null, null, null, null, null, null, null, null), "prac.sam", AT, null));
    }

    static List<String> fields(ConsentDetails details) {
        return details.problems().stream().map(FieldProblem::field).toList();
    }
}
