package uk.imap.enquiry.control;

import jakarta.transaction.TransactionScoped;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import uk.imap.enquiry.Enquiry;

/**
 * The enquiries the signed-in person has passed need to know for (R16) in the current transaction, so that what a
 * command changed can be shown back to them without asking again: one check per page action.
 */
@TransactionScoped
public class CheckedEnquiries implements Serializable {

    private static final long serialVersionUID = 1L;

    // Never copied: a transaction's scope lives and ends on one server.
    private final transient Map<String, Enquiry> byReference = new HashMap<>();

    /** Notes that the signed-in person may read this enquiry. */
    public void passed(Enquiry enquiry) {
        byReference.put(enquiry.reference().value(), enquiry);
    }

    /** The enquiry, if the signed-in person passed need to know for it in this transaction. */
    public Optional<Enquiry> find(String reference) {
        return Optional.ofNullable(byReference.get(reference));
    }
}
