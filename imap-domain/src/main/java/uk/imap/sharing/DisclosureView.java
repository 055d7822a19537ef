package uk.imap.sharing;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
                             String answeredBy, OffsetDateTime answeredAt, Long supersedes, String correctionReason)
        implements Serializable {

    // Not over every part: see EnquiryView#hashCode. Agrees with equals.
    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }

    /**
     * A shared item with its labels (R12, R13).
     *
     * @param masked the content is withheld from this viewer: sensitive or restricted content for someone other than
     *               the owner, the team's manager or the Caldicott Guardian, and restricted content until revealed
     */
    public record ItemView(Long id, InformationCategory category, String content, Reliability reliability,
                           Sensitivity sensitivity, String outsideRequestJustification, boolean masked)
            implements Serializable {

        /** The item with its content and justification withheld from this viewer. */
        ItemView withheld() {
            return new ItemView(id, category, null, reliability, sensitivity, null, true);
        }
    }

    public record RetainedView(String description, String reason) implements Serializable {
    }

    /** The answer in full, as the agency that gave it sees it. */
    public static DisclosureView of(Disclosure disclosure) {
        return of(disclosure, true, true);
    }

    /**
     * The answer as the hub sees it (R13): sensitive content only for those who may see it, restricted content masked
     * for everyone until revealed with a reason.
     */
    public static DisclosureView forHub(Disclosure disclosure, boolean seesGuardedContent) {
        return of(disclosure, seesGuardedContent, false);
    }

    private static DisclosureView of(Disclosure disclosure, boolean seesGuarded, boolean seesRestricted) {
        Map<String, Boolean> caldicott = new LinkedHashMap<>();
        for (CaldicottPrinciple principle : CaldicottPrinciple.values()) {
            caldicott.put(principle.key(), disclosure.confirmed().contains(principle));
        }
        return new DisclosureView(disclosure.id(), disclosure.request().id(), disclosure.request().agency(),
                disclosure.decision(), disclosure.reasons(), disclosure.consentBasis(), disclosure.consentKind(),
                disclosure.overrideId(),
                disclosure.items().stream().map(i -> {
                    ItemView item = new ItemView(i.id(), i.category(), i.content(), i.reliability(), i.sensitivity(),
                            i.outsideRequestJustification(), false);
                    boolean masked = i.sensitivity() == Sensitivity.RESTRICTED ? !seesRestricted
                            : i.sensitivity().isGuarded() && !seesGuarded;
                    return masked ? item.withheld() : item;
                }).toList(),
                disclosure.retained().stream().map(r -> new RetainedView(r.description(), r.reason())).toList(),
                caldicott, disclosure.answeredBy(), disclosure.answeredAt(), disclosure.supersedes(),
                disclosure.correctionReason());
    }

    /**
     * This answer as the hub sees it in full ({@link #forHub} for those who see sensitive content), as someone else
     * at the hub sees it: sensitive content masked for those who may not see it (R13).
     */
    public DisclosureView asSeenBy(boolean seesGuardedContent) {
        if (seesGuardedContent) {
            return this;
        }
        return new DisclosureView(id, requestId, agency, decision, reasons, consentBasis, consentKindAtAnswer,
                overrideId, items.stream().map(i -> i.sensitivity().isGuarded() ? i.withheld() : i).toList(), retained,
                caldicott, answeredBy, answeredAt, supersedes, correctionReason);
    }

    /** Whether this answer was given while consent stood refused (R4). */
    public boolean givenDespiteRefusal() {
        return consentKindAtAnswer != null && consentKindAtAnswer.needsOverrideToShare() && decision.shares();
    }
}
