package uk.imap.consent;

import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.Text;

/**
 * R4: the public-interest case for sharing although consent was refused, as typed: the justification, and the harm of
 * sharing weighed against the harm of not sharing.
 */
public record OverrideDetails(String justification, String harmOfSharing, String harmOfNotSharing) {

    public static final int TEXT_LENGTH = 4000;

    public List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        Text.require(justification, TEXT_LENGTH, "justification",
                "Give the public-interest justification for sharing despite the refusal", problems);
        Text.require(harmOfSharing, TEXT_LENGTH, "harmOfSharing", "Weigh the harm that sharing may do", problems);
        Text.require(harmOfNotSharing, TEXT_LENGTH, "harmOfNotSharing", "Weigh the harm of not sharing", problems);
        return problems;
    }
}
