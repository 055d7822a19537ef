package uk.imap.enquiry;

import java.util.List;
import java.util.Objects;
import uk.imap.casefile.EnquiryView;

/** One page of a worklist and how many enquiries the whole list holds. */
public record Worklist(List<EnquiryView> enquiries, int page, int size, long total) {

    // Not over every enquiry in it: see EnquiryView#hashCode. Agrees with equals.
    @Override
    public int hashCode() {
        return Objects.hash(page, size, total, enquiries.size());
    }
}
