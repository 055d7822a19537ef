package uk.imap.person;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Outcome;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;

/**
 * R28: one enquiry on a person's page.
 *
 * @param relationship  how the person stands in this enquiry
 * @param consent       the consent decisions, oldest first, in words
 * @param agenciesAsked the agencies information was asked of
 */
public record PersonEnquiry(String reference, Relationship relationship, EnquiryStatus status, Priority priority,
                            OffsetDateTime createdAt, Outcome outcome, OffsetDateTime closedAt, List<String> consent,
                            List<String> agenciesAsked) implements Serializable {
}
