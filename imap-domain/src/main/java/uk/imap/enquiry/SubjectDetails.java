package uk.imap.enquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.FieldProblem;

/** What intake knows of one person an enquiry is about, before it becomes a {@link Subject}. */
public record SubjectDetails(SubjectKind kind, String givenName, String familyName, LocalDate dateOfBirth,
                             String address, Relationship relationship) {

    static final int NAME_LENGTH = 100;
    static final int ADDRESS_LENGTH = 400;

    /** The problems with these details, each named {@code prefix + field}. */
    List<FieldProblem> problems(String prefix, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (kind == null) {
            problems.add(new FieldProblem(prefix + "kind", "Say whether this person is a child or an adult"));
        }
        Text.require(givenName, NAME_LENGTH, prefix + "givenName", "Enter the given name, or 'Unknown'", problems);
        Text.require(familyName, NAME_LENGTH, prefix + "familyName", "Enter the family name, or 'Unknown'", problems);
        Text.limit(address, ADDRESS_LENGTH, prefix + "address", problems);
        if (dateOfBirth != null && dateOfBirth.isAfter(today)) {
            problems.add(new FieldProblem(prefix + "dateOfBirth", "The date of birth cannot be in the future"));
        }
        if (relationship == null) {
            problems.add(new FieldProblem(prefix + "relationship", "Choose how this person relates to the child"));
        }
        return problems;
    }
}
