package uk.imap.casefile;

import java.io.Serializable;
import java.util.stream.Collectors;
import uk.imap.consent.ConsentDecision;
import uk.imap.consent.ConsentOverrideView;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.SubjectKind;

/**
 * R4, R29: an override waiting for a decision, with what the decider needs beside it: the child by initials only,
 * the enquiry's priority, and the refusal it would set aside: who refused and what they said, and who recorded it.
 *
 * @param refusedBy        who refused consent, as recorded ("Mother"), or null
 * @param refusalStatement what they said, as recorded, or null
 */
public record OverrideWaiting(ConsentOverrideView override, String childInitials, Priority priority,
                              String refusedBy, String refusalStatement, String refusalRecordedBy)
        implements Serializable {

    public static OverrideWaiting of(ConsentOverrideView override, Enquiry enquiry) {
        ConsentDecision refusal = enquiry.consentHistory().stream()
                .filter(decision -> decision.id().equals(override.refusalId())).findFirst().orElse(null);
        String initials = enquiry.subjects().stream().filter(subject -> subject.kind() == SubjectKind.CHILD)
                .map(child -> initial(child.givenName()) + initial(child.familyName()))
                .collect(Collectors.joining(", "));
        return new OverrideWaiting(override, initials.isEmpty() ? "No child named" : initials, enquiry.priority(),
                refusal == null ? null : refusal.givenBy(), refusal == null ? null : refusal.statement(),
                refusal == null ? null : refusal.decidedBy());
    }

    private static String initial(String name) {
        return name == null || name.isBlank() ? "" : name.strip().substring(0, 1).toUpperCase() + ".";
    }
}
