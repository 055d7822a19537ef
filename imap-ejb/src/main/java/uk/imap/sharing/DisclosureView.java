package uk.imap.sharing;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.imap.consent.ConsentKind;

/**
 * An agency's answer as the API and the pages show it (API.md "Disclosure").
 *
 * @param consentKindAtAnswer the consent decision in force when the agency answered; REFUSED beside an answer given
 *                            under an override keeps the refusal in sight (R4)
 */
public record DisclosureView(Long id, Long requestId, String agency, DisclosureDecision decision, String reasons,
                             ConsentBasis consentBasis, ConsentKind consentKindAtAnswer, Long overrideId,
                             List<ItemView> items, List<RetainedView> retained, Map<String, Boolean> caldicott,
                             String answeredBy, OffsetDateTime answeredAt, Long supersedes, String correctionReason) {

    /** A shared item with its labels (R12, R13). */
    public record ItemView(Long id, InformationCategory category, String content, Reliability reliability,
                           Sensitivity sensitivity, String outsideRequestJustification) {
    }

    public record RetainedView(String description, String reason) {
    }

    public static DisclosureView of(Disclosure disclosure) {
        Map<String, Boolean> caldicott = new LinkedHashMap<>();
        for (CaldicottPrinciple principle : CaldicottPrinciple.values()) {
            caldicott.put(principle.key(), disclosure.confirmed().contains(principle));
        }
        return new DisclosureView(disclosure.id(), disclosure.request().id(), disclosure.request().agency(),
                disclosure.decision(), disclosure.reasons(), disclosure.consentBasis(), disclosure.consentKind(),
                disclosure.overrideId(),
                disclosure.items().stream().map(i -> new ItemView(i.id(), i.category(), i.content(), i.reliability(),
                        i.sensitivity(), i.outsideRequestJustification())).toList(),
                disclosure.retained().stream().map(r -> new RetainedView(r.description(), r.reason())).toList(),
                caldicott, disclosure.answeredBy(), disclosure.answeredAt(), disclosure.supersedes(),
                disclosure.correctionReason());
    }

    /** Whether this answer was given while consent stood refused (R4). */
    public boolean givenDespiteRefusal() {
        return consentKindAtAnswer == ConsentKind.REFUSED && decision.shares();
    }
}
