package uk.imap.casefile.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Function;
import uk.imap.casefile.EnquiryView;
import uk.imap.sharing.AskedRequestView;

/**
 * Issue 16: enquiry views, and requests as the agencies asked see them, as the API writes them, held in this
 * server's memory for the answers that follow. Writing 50 enquiries' JSON was most of a worklist call, and most rows
 * are the same from one call to the next; so with an agency's list. What is held is found again only for a view
 * equal in every part (what its reader may see and what was judged at the time of the call included), so it is
 * always what would be written for the view being answered.
 */
@ApplicationScoped
public class WrittenViews {

    // Weighed by the bytes held; the view each is held under shares most of its parts with views held elsewhere.
    private final Cache<Record, byte[]> held = Caffeine.newBuilder()
            .maximumWeight(Long.getLong("imap.written-views.bytes", 32L << 20))
            .weigher((Record view, byte[] written) -> written.length).build();

    /** The enquiry view as written before, or as {@code writing} writes it now. */
    public byte[] of(EnquiryView view, Function<EnquiryView, byte[]> writing) {
        return held.get(view, unwritten -> writing.apply((EnquiryView) unwritten));
    }

    /** The request as its agency sees it, as written before, or as {@code writing} writes it now. */
    public byte[] of(AskedRequestView view, Function<AskedRequestView, byte[]> writing) {
        return held.get(view, unwritten -> writing.apply((AskedRequestView) unwritten));
    }

    /** Whether any view of this enquiry or of its requests is held here, whoever it was cut for. */
    public boolean holds(String reference) {
        return held.asMap().keySet().stream().anyMatch(view -> reference.equals(referenceOf(view)));
    }

    /** An erased enquiry's views, and its requests', leave this server's memory with it, whoever they were for. */
    public void forget(String reference) {
        held.asMap().keySet().removeIf(view -> reference.equals(referenceOf(view)));
    }

    private static String referenceOf(Record view) {
        return view instanceof EnquiryView enquiry ? enquiry.reference()
                : ((AskedRequestView) view).enquiryReference();
    }
}
