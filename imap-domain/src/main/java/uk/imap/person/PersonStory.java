package uk.imap.person;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * R28: one person as the hub knows them: who they are, as the newest enquiry the reader may see records them, and
 * every enquiry they appear in within the reader's need to know, newest first.
 */
public record PersonStory(Long id, String givenName, String familyName, LocalDate dateOfBirth, String address,
                          List<PersonEnquiry> enquiries) implements Serializable {
}
