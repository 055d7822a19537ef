package uk.imap.person;

import java.io.Serializable;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Outcome;

/** R28: one enquiry a found person appears in: where it stands and, once closed, what the hub decided. */
public record EnquiryOfPerson(String reference, EnquiryStatus status, Outcome outcome) implements Serializable {
}
