package uk.imap.sharing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.Text;

/**
 * R10: what the hub asks one agency, as typed. A request is deliberate: it names the agency, the purpose, why
 * asking is necessary and proportionate, the legal gateways, the categories wanted, and how the answer helps the
 * enquiry and how its absence would hinder it.
 */
public record RequestDetails(String agency, String purpose, String necessity, List<String> legalGateways,
                             List<InformationCategory> categories, String helpIfProvided,
                             String hindranceIfWithheld) {

    public static final int TEXT_LENGTH = 4000;

    public RequestDetails {
        legalGateways = legalGateways == null ? List.of() : List.copyOf(legalGateways);
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /**
     * Every problem with the request, each named by its API field under {@code prefix} (empty for a single
     * request, {@code "requests[2]."} in a batch).
     */
    public List<FieldProblem> problems(String prefix, Set<String> knownAgencies, Set<String> knownGateways) {
        List<FieldProblem> problems = new ArrayList<>();
        if (agency == null || agency.isBlank()) {
            problems.add(new FieldProblem(prefix + "agency", "Choose the agency to ask"));
        } else if (!knownAgencies.contains(agency)) {
            problems.add(new FieldProblem(prefix + "agency", "Choose an agency from the list"));
        }
        Text.require(purpose, TEXT_LENGTH, prefix + "purpose", "Say what the information is for", problems);
        Text.require(necessity, TEXT_LENGTH, prefix + "necessity",
                "Say why asking this agency is necessary and proportionate", problems);
        if (legalGateways.isEmpty()) {
            problems.add(new FieldProblem(prefix + "legalGateways", "Choose at least one legal gateway"));
        } else if (!knownGateways.containsAll(legalGateways)) {
            problems.add(new FieldProblem(prefix + "legalGateways", "Choose legal gateways from the list"));
        }
        if (categories.isEmpty()) {
            problems.add(new FieldProblem(prefix + "categories", "Choose the categories of information wanted"));
        }
        Text.require(helpIfProvided, TEXT_LENGTH, prefix + "helpIfProvided",
                "Say how providing the information will help the enquiry", problems);
        Text.require(hindranceIfWithheld, TEXT_LENGTH, prefix + "hindranceIfWithheld",
                "Say how failing to provide it would hinder the enquiry", problems);
        return problems;
    }

    /**
     * R10 for several agencies at once: each agency once, each with a reason of its own. The same reason for every
     * agency is the blanket request the agreement forbids.
     */
    public static List<FieldProblem> batchProblems(List<RequestDetails> batch) {
        List<FieldProblem> problems = new ArrayList<>();
        if (batch.isEmpty()) {
            problems.add(new FieldProblem("requests", "Choose at least one agency to ask"));
            return problems;
        }
        for (int i = 0; i < batch.size(); i++) {
            for (int j = 0; j < i; j++) {
                RequestDetails earlier = batch.get(j);
                RequestDetails later = batch.get(i);
                if (later.agency != null && later.agency.equals(earlier.agency)) {
                    problems.add(new FieldProblem("requests[" + i + "].agency", "This agency is already asked"));
                } else if (normalised(later.necessity) != null
                        && normalised(later.necessity).equals(normalised(earlier.necessity))) {
                    problems.add(new FieldProblem("requests[" + i + "].necessity",
                            "Give this agency a reason of its own: one reason for several agencies is a blanket"
                                    + " request"));
                    break;
                }
            }
        }
        return problems;
    }

    private static String normalised(String text) {
        return text == null || text.isBlank() ? null : text.strip().replaceAll("\\s+", " ").toLowerCase();
    }
}
