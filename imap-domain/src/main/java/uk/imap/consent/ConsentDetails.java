package uk.imap.consent;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import uk.imap.shared.FieldProblem;

/**
 * A consent decision as a person describes it, before it is recorded. Field names in its problems are the API's.
 *
 * @param informedWhy     GRANTED: the person was told why information will be shared
 * @param statement       REFUSED: what the person said
 * @param justification   why this decision; required when consent is not sought
 * @param service         IMPLIED_BY_SERVICE: the service whose agreement makes sharing integral
 * @param agreedBy        IMPLIED_BY_SERVICE: who agreed to that service
 */
public record ConsentDetails(ConsentKind kind, String givenBy, boolean informedWhy, boolean informedWhat,
                             boolean informedHow, boolean informedWithWhom, String statement,
                             Set<ConsentGround> grounds, Set<ConsentFactor> factors, String justification,
                             String service, String agreedBy, Capacity capacity, String capacityNotes) {

    static final int TEXT_LENGTH = 4000;
    static final int NAME_LENGTH = 200;
    // R5: a general notice is never the service whose agreement makes sharing integral.
    private static final Pattern GENERAL_NOTICE = Pattern.compile("\\b(poster|leaflet|privacy notice|notice board|website)\\b");

    public ConsentDetails {
        grounds = grounds == null ? Set.of() : Set.copyOf(grounds);
        factors = factors == null ? Set.of() : Set.copyOf(factors);
    }

    /** Every problem with this decision, all at once (R22). */
    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem("kind", "Choose the consent decision"));
            return problems;
        }
        switch (kind) {
            case GRANTED -> {
                require(givenBy, NAME_LENGTH, "givenBy", "Say who gave consent", problems);
                // R2: consent is informed only when all four were explained.
                if (!(informedWhy && informedWhat && informedHow && informedWithWhom)) {
                    problems.add(new FieldProblem("informedOf", "Consent counts only once the person was told why,"
                            + " what, how and with whom information will be shared: confirm all four"));
                }
            }
            case REFUSED -> {
                require(givenBy, NAME_LENGTH, "givenBy", "Say who refused consent", problems);
                require(statement, TEXT_LENGTH, "statement", "Record what they said when refusing", problems);
            }
            case NOT_SOUGHT -> {
                if (grounds.isEmpty()) {
                    // R8: a closed environment is a factor, never a ground.
                    problems.add(new FieldProblem("grounds", factors.contains(ConsentFactor.CLOSED_ENVIRONMENT)
                            ? "\"The IMAP is a closed environment\" is never on its own a ground: choose at least one ground"
                            : "Choose at least one ground for not seeking consent"));
                }
                require(justification, TEXT_LENGTH, "justification", "Explain why consent is not sought", problems);
            }
            case IMPLIED_BY_SERVICE -> {
                require(service, NAME_LENGTH, "service", "Name the service whose agreement makes sharing integral",
                        problems);
                require(agreedBy, NAME_LENGTH, "agreedBy", "Say who agreed to that service", problems);
                if (service != null && GENERAL_NOTICE.matcher(service.toLowerCase(Locale.ROOT)).find()) {
                    problems.add(new FieldProblem("service",
                            "A poster, leaflet or privacy notice is not consent: name the service the person agreed to"));
                }
            }
        }
        if (capacity != null && !capacity.isAcceptedTest()) {
            problems.add(new FieldProblem("capacityAssessment", "Gillick competence is the test for consent to"
                    + " treatment, not to information sharing: record whether the young person can consent to sharing"));
        }
        if (kind != ConsentKind.NOT_SOUGHT) {
            limit(justification, TEXT_LENGTH, "justification", problems);
        }
        limit(capacityNotes, TEXT_LENGTH, "capacityNotes", problems);
        return problems;
    }

    private static void require(String value, int max, String field, String whenMissing, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, whenMissing));
        } else {
            limit(value, max, field, problems);
        }
    }

    private static void limit(String value, int max, String field, List<FieldProblem> problems) {
        if (value != null && value.length() > max) {
            problems.add(new FieldProblem(field, "Use at most " + max + " characters"));
        }
    }
}
