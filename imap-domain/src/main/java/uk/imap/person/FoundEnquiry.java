package uk.imap.person;

import java.io.Serializable;
import java.util.List;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.Priority;

/**
 * R28: an enquiry a search found, by its reference or by a person in it.
 *
 * @param children the names of the children it is about
 */
public record FoundEnquiry(String reference, EnquiryStatus status, Priority priority, List<String> children)
        implements Serializable {

    /** The children in words, for a page. */
    public String childrenNamed() {
        return children.isEmpty() ? "None named" : String.join(", ", children);
    }
}
