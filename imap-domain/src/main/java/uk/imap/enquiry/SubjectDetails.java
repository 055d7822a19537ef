package uk.imap.enquiry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.imap.shared.Text;
import uk.imap.shared.FieldProblem;

/**
 * What intake knows of one person an enquiry is about, before it becomes a {@link Subject}.
 *
 * @param approximateAge   in years, when the date of birth is not known
 * @param linkedSubjectId  the person already known to the hub whom the practitioner chose as the same (R24), or null
 */
public record SubjectDetails(SubjectKind kind, String givenName, String familyName, LocalDate dateOfBirth,
                             Integer approximateAge, String address, Relationship relationship, Long linkedSubjectId) {

    /** Details without an approximate age or a link to a person already known. */
    public SubjectDetails(SubjectKind kind, String givenName, String familyName, LocalDate dateOfBirth, String address,
                          Relationship relationship) {
        this(kind, givenName, familyName, dateOfBirth, null, address, relationship, null);
    }

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
        if (approximateAge != null && (approximateAge < 0 || approximateAge > 120)) {
            problems.add(new FieldProblem(prefix + "approximateAge", "Enter an age in years from 0 to 120"));
        }
        if (relationship == null) {
            problems.add(new FieldProblem(prefix + "relationship", "Choose how this person relates to the child"));
        }
        return problems;
    }
}
