package uk.imap.person;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * A person already known to the hub who may be the one being typed, and why the check thinks so.
 *
 * @param subjectId         the known person, to link to if the practitioner chooses
 * @param enquiryReference  the enquiry the person is on, which the caller may see (R16)
 * @param reasons           what matched: "date of birth and name sound", "address", ...
 */
public record PossibleMatch(Long subjectId, String givenName, String familyName, LocalDate dateOfBirth, String address,
                            String enquiryReference, List<String> reasons) implements Serializable {

    /** The reasons as one phrase, for people to read. */
    public String why() {
        return String.join(", ", reasons);
    }
}
