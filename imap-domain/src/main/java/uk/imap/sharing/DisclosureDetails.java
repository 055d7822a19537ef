package uk.imap.sharing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.Text;

/**
 * An agency's answer as typed (R11–R14): the decision and its reasons, the consent basis relied on, each item shared,
 * each item retained with its reason, and the Caldicott principles confirmed.
 *
 * @param overrideId       the approved public-interest override relied on when consent was refused (R4), or null
 * @param supersedes       for a correction: the disclosure it replaces, or null for a first answer
 * @param correctionReason for a correction: why the earlier answer was wrong
 */
public record DisclosureDetails(DisclosureDecision decision, String reasons, ConsentBasis consentBasis, Long overrideId,
                                List<ItemDetails> items, List<RetainedDetails> retained,
                                Set<CaldicottPrinciple> confirmed, Long supersedes, String correctionReason) {

    public static final int TEXT_LENGTH = 4000;
    public static final int DESCRIPTION_LENGTH = 1000;

    /** One item shared, R12 and R13 labels included; a category not asked for needs its own justification (R14). */
    public record ItemDetails(InformationCategory category, String content, Reliability reliability,
                              Sensitivity sensitivity, String outsideRequestJustification) {
    }

    /** One item held back, and why (R11). */
    public record RetainedDetails(String description, String reason) {
    }

    public DisclosureDetails {
        items = items == null ? List.of() : List.copyOf(items);
        retained = retained == null ? List.of() : List.copyOf(retained);
        confirmed = confirmed == null || confirmed.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(confirmed));
    }

    /** Every problem with the answer to a request that asked for {@code requested}, each under its API field. */
    public List<FieldProblem> problems(Set<InformationCategory> requested) {
        List<FieldProblem> problems = new ArrayList<>();
        if (decision == null) {
            problems.add(new FieldProblem("decision", "Choose whether to share all, share part or decline"));
        }
        Text.require(reasons, TEXT_LENGTH, "reasons", decision == DisclosureDecision.DECLINE
                ? "Give the reasons for declining: a decision not to share is recorded as carefully as one to share"
                : "Give the reasons for the decision", problems);
        if (decision != null && decision.shares()) {
            if (consentBasis == null) {
                problems.add(new FieldProblem("consentBasis", "Say which consent decision the sharing relies on"));
            }
            if (items.isEmpty()) {
                problems.add(new FieldProblem("items", "Add each item shared"));
            }
        }
        if (decision == DisclosureDecision.DECLINE && !items.isEmpty()) {
            problems.add(new FieldProblem("items", "Declining shares nothing: remove the items or choose to share"));
        }
        if (decision == DisclosureDecision.SHARE_ALL && !retained.isEmpty()) {
            problems.add(new FieldProblem("retained", "Sharing all retains nothing: choose to share part instead"));
        }
        if (decision == DisclosureDecision.SHARE_PART && retained.isEmpty()) {
            problems.add(new FieldProblem("retained", "Say what was retained and why"));
        }
        for (int i = 0; i < items.size(); i++) {
            itemProblems(items.get(i), "items[" + i + "].", requested, problems);
        }
        for (int i = 0; i < retained.size(); i++) {
            RetainedDetails kept = retained.get(i);
            Text.require(kept.description(), DESCRIPTION_LENGTH, "retained[" + i + "].description",
                    "Describe what was retained, without its content", problems);
            Text.require(kept.reason(), TEXT_LENGTH, "retained[" + i + "].reason", "Say why it was retained",
                    problems);
        }
        for (CaldicottPrinciple principle : CaldicottPrinciple.values()) {
            if (!confirmed.contains(principle)) {
                problems.add(new FieldProblem("caldicott." + principle.key(),
                        "Confirm: " + principle.statement().toLowerCase()));
            }
        }
        if (supersedes != null) {
            Text.require(correctionReason, TEXT_LENGTH, "correctionReason",
                    "Say why the earlier answer is being corrected", problems);
        }
        return problems;
    }

    private static void itemProblems(ItemDetails item, String prefix, Set<InformationCategory> requested,
                                     List<FieldProblem> problems) {
        if (item.category() == null) {
            problems.add(new FieldProblem(prefix + "category", "Choose the item's category"));
        }
        Text.require(item.content(), TEXT_LENGTH, prefix + "content", "Write what is shared", problems);
        if (item.reliability() == null) {
            problems.add(new FieldProblem(prefix + "reliability", "Say how reliable the item is"));
        }
        if (item.sensitivity() == null) {
            problems.add(new FieldProblem(prefix + "sensitivity", "Say how sensitive the item is"));
        }
        if (item.category() != null && !requested.contains(item.category())) {
            Text.require(item.outsideRequestJustification(), TEXT_LENGTH, prefix + "outsideRequestJustification",
                    "This category was not asked for: justify sharing it", problems);
        } else {
            Text.limit(item.outsideRequestJustification(), TEXT_LENGTH, prefix + "outsideRequestJustification",
                    problems);
        }
    }
}
