package uk.imap.person;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * R28: a person a search found, with the enquiries they appear in that the searcher may see (R16).
 *
 * @param id the person, as {@code /people/{id}} and the person page know them
 */
public record FoundPerson(Long id, String givenName, String familyName, LocalDate dateOfBirth,
                          List<EnquiryOfPerson> enquiries) implements Serializable {
}
