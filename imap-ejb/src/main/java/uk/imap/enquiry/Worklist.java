package uk.imap.enquiry;

import java.util.List;
import uk.imap.casefile.EnquiryView;

/** One page of a worklist and how many enquiries the whole list holds. */
public record Worklist(List<EnquiryView> enquiries, int page, int size, long total) {
}
