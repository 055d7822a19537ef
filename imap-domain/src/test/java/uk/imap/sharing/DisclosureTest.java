package uk.imap.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.consent.ConsentKind;
import uk.imap.consent.ConsentOverride;
import uk.imap.consent.OverrideDetails;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.Priority;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

class DisclosureTest {

    static final Set<InformationCategory> ASKED = EnumSet.of(InformationCategory.DOMESTIC_ABUSE_INCIDENTS);

    final Enquiry enquiry = Cases.openEnquiry(Priority.AMBER, ConsentKind.GRANTED);
    final InformationRequest request = Cases.sent(enquiry, Cases.askPolice());

    static List<String> fields(DisclosureDetails details) {
        return details.problems(ASKED).stream().map(FieldProblem::field).toList();
    }

    static DisclosureDetails with(DisclosureDecision decision, List<DisclosureDetails.ItemDetails> items,
                                  List<DisclosureDetails.RetainedDetails> retained) {
        return new DisclosureDetails(decision, "Reasons", ConsentBasis.GRANTED, null, items, retained,
                EnumSet.allOf(CaldicottPrinciple.class), null, null);
    }

    @Test
    @DisplayName("R11 a partial share records each item, what was retained and why, and the consent relied on")
    void aPartialShareIsRecorded() {
        Disclosure disclosure = request.answer(Cases.sharePart(ConsentBasis.GRANTED), enquiry.currentConsent(), null,
                Cases.RAY, Cases.NOW.plusHours(1));

        assertEquals(DisclosureDecision.SHARE_PART, disclosure.decision());
        assertEquals(1, disclosure.items().size());
        assertEquals("Disclosure would prejudice it", disclosure.retained().get(0).reason());
        assertEquals(ConsentBasis.GRANTED, disclosure.consentBasis());
        assertEquals(ConsentKind.GRANTED, disclosure.consentKind());
        assertEquals("police.ray", disclosure.answeredBy());
        assertEquals(RequestStatus.ANSWERED, request.status());
    }

    @Test
    @DisplayName("R11 a decision not to share needs its reasons as much as a share does")
    void declineNeedsReasons() {
        DisclosureDetails bare = new DisclosureDetails(DisclosureDecision.DECLINE, "  ", null, null, List.of(),
                List.of(), EnumSet.allOf(CaldicottPrinciple.class), null, null);

        assertEquals(List.of("reasons"), fields(bare));
        assertTrue(bare.problems(ASKED).get(0).message().contains("recorded as carefully"));
        assertEquals(List.of(), fields(Cases.decline()));
    }

    @Test
    @DisplayName("R11 the decision must agree with the items: all shares without retaining, part retains, decline shares none")
    void decisionAndItemsAgree() {
        var item = Cases.item(InformationCategory.DOMESTIC_ABUSE_INCIDENTS, null);
        var kept = new DisclosureDetails.RetainedDetails("Intelligence log", "Source protection");

        assertEquals(List.of("retained"), fields(with(DisclosureDecision.SHARE_ALL, List.of(item), List.of(kept))));
        assertEquals(List.of("retained"), fields(with(DisclosureDecision.SHARE_PART, List.of(item), List.of())));
        assertEquals(List.of("items"), fields(with(DisclosureDecision.SHARE_ALL, List.of(), List.of())));
        assertEquals(List.of("items"), fields(with(DisclosureDecision.DECLINE, List.of(item), List.of())));
        assertEquals(List.of("decision"), fields(with(null, List.of(), List.of())));
    }

    @Test
    @DisplayName("R11 each retained item needs a description and its reason")
    void retainedNeedsReasons() {
        var item = Cases.item(InformationCategory.DOMESTIC_ABUSE_INCIDENTS, null);

        assertEquals(List.of("retained[0].description", "retained[0].reason"), fields(with(
                DisclosureDecision.SHARE_PART, List.of(item), List.of(new DisclosureDetails.RetainedDetails("", null)))));
    }

    @Test
    @DisplayName("R12 R13 each item carries its reliability and its sensitivity")
    void itemsCarryLabels() {
        var unlabelled = new DisclosureDetails.ItemDetails(InformationCategory.DOMESTIC_ABUSE_INCIDENTS, "Text", null,
                null, null);

        assertEquals(List.of("items[0].reliability", "items[0].sensitivity"),
                fields(with(DisclosureDecision.SHARE_ALL, List.of(unlabelled), List.of())));

        Disclosure shared = request.answer(with(DisclosureDecision.SHARE_ALL, List.of(
                new DisclosureDetails.ItemDetails(InformationCategory.DOMESTIC_ABUSE_INCIDENTS, "Called police",
                        Reliability.HEARSAY, Sensitivity.SENSITIVE, null)), List.of()), enquiry.currentConsent(), null,
                Cases.RAY, Cases.NOW);
        assertEquals(Reliability.HEARSAY, shared.items().get(0).reliability());
        assertEquals(Sensitivity.SENSITIVE, shared.items().get(0).sensitivity());
        assertTrue(shared.items().get(0).sensitivity().isGuarded());
        assertTrue(!Sensitivity.STANDARD.isGuarded() && Sensitivity.RESTRICTED.isGuarded());
    }

    @Test
    @DisplayName("R14 every Caldicott principle must be confirmed; each missing one is named")
    void caldicottPrinciples() {
        DisclosureDetails unconfirmed = new DisclosureDetails(DisclosureDecision.DECLINE, "Nothing held", null, null,
                List.of(), List.of(), EnumSet.complementOf(EnumSet.of(CaldicottPrinciple.MINIMUM_NECESSARY,
                CaldicottPrinciple.DUTY_TO_SHARE)), null, null);

        assertEquals(List.of("caldicott.minimumNecessary", "caldicott.dutyToShare"), fields(unconfirmed));
        assertEquals(8, CaldicottPrinciple.values().length);
    }

    @Test
    @DisplayName("R14 an item outside the requested categories needs its own justification")
    void outsideTheRequest() {
        var outside = Cases.item(InformationCategory.CRIMINAL_HISTORY, null);
        var justified = Cases.item(InformationCategory.CRIMINAL_HISTORY, "The partner's conviction for violence matters");

        assertEquals(List.of("items[0].outsideRequestJustification"),
                fields(with(DisclosureDecision.SHARE_ALL, List.of(outside), List.of())));
        assertEquals(List.of(), fields(with(DisclosureDecision.SHARE_ALL, List.of(justified), List.of())));
    }

    @Test
    @DisplayName("R4 when consent was refused, a share is refused without an approved override; declining is allowed")
    void refusedConsentNeedsOverride() {
        Enquiry refusedConsent = Cases.openEnquiry(Priority.RED, ConsentKind.REFUSED);
        InformationRequest asked = Cases.sent(refusedConsent, Cases.askPolice());

        assertThrows(SharingNeedsOverride.class, () -> asked.answer(Cases.sharePart(ConsentBasis.OVERRIDE),
                refusedConsent.currentConsent(), null, Cases.RAY, Cases.NOW));
        assertEquals(RequestStatus.SENT, asked.status());

        Disclosure declined = asked.answer(Cases.decline(), refusedConsent.currentConsent(), null, Cases.RAY, Cases.NOW);
        assertEquals(ConsentKind.REFUSED, declined.consentKind());
        assertNull(declined.consentBasis());
    }

    @Test
    @DisplayName("R4 with an approved override named, an agency shares despite the refusal, and the refusal stays beside it")
    void approvedOverrideAllowsSharing() {
        Enquiry refusedConsent = Cases.openEnquiry(Priority.RED, ConsentKind.REFUSED);
        InformationRequest asked = Cases.sent(refusedConsent, Cases.askPolice());
        ConsentOverride override = ConsentOverride.request(refusedConsent.id(), refusedConsent.currentConsent(),
                new OverrideDetails("Safety first", "Loss of trust", "A child left at risk"), Cases.SAM, Cases.NOW);

        assertThrows(SharingNeedsOverride.class, () -> asked.answer(Cases.sharePart(ConsentBasis.OVERRIDE),
                refusedConsent.currentConsent(), override, Cases.RAY, Cases.NOW));
        override.decide(true, "Harm of not sharing outweighs", new StaffMember("cg.pat",
                Set.of(Roles.CALDICOTT_GUARDIAN), "HEALTH", null), Cases.NOW);

        Disclosure shared = asked.answer(Cases.sharePart(ConsentBasis.OVERRIDE), refusedConsent.currentConsent(),
                override, Cases.RAY, Cases.NOW);
        assertEquals(ConsentBasis.OVERRIDE, shared.consentBasis());
        assertEquals(ConsentKind.REFUSED, shared.consentKind());
    }

    @Test
    @DisplayName("R11 a share relies on the consent decision in force, not another")
    void basisMatchesTheDecisionInForce() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> request.answer(
                Cases.sharePart(ConsentBasis.NOT_SOUGHT), enquiry.currentConsent(), null, Cases.RAY, Cases.NOW));

        assertEquals("consentBasis", refused.problems().get(0).field());
        assertEquals(RequestStatus.SENT, request.status());
    }

    @Test
    @DisplayName("R11 a sent disclosure is never edited: a correction supersedes it, with its reason")
    void correctionsSupersede() {
        Disclosure first = request.answer(Cases.decline(), enquiry.currentConsent(), null, Cases.RAY, Cases.NOW);
        DisclosureDetails again = Cases.sharePart(ConsentBasis.GRANTED);

        assertThrows(InvalidInput.class, () -> request.answer(again, enquiry.currentConsent(), null, Cases.RAY, Cases.NOW));

        assertEquals(List.of(first), request.disclosures());

        DisclosureDetails noReason = new DisclosureDetails(again.decision(), again.reasons(), again.consentBasis(), null,
                again.items(), again.retained(), again.confirmed(), 50L, " ");
        assertEquals(List.of("correctionReason"), fields(noReason));
    }
}
