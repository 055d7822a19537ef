package uk.imap.sharing.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Optional;
import uk.imap.sharing.AskedRequestView;

/**
 * Issue 16: requests as the agency asked sees them on its list, held in this server's memory for the lists that
 * follow. Building them from the requests, their enquiries, people, consent and answers was most of the list's time,
 * and an agency's list changes little from one look to the next. Each is held with the version of its enquiry it was
 * read at, and used only at that version: every change to a request, its answers, the people or the consent moves
 * the enquiry's version on, so a change made through another server is there at the next look.
 */
@ApplicationScoped
public class AskedViews {

    private record Held(long enquiryId, long enquiryVersion, AskedRequestView view) {
    }

    private final Cache<Long, Held> inMemory = Caffeine.newBuilder()
            .maximumSize(Long.getLong("imap.asked-views.in-memory", 20_000)).build();

    /** The request as held when its enquiry was at this version, as it stands now; empty if not held so. */
    public Optional<AskedRequestView> of(long requestId, long enquiryVersion, OffsetDateTime now) {
        Held held = inMemory.getIfPresent(requestId);
        return held == null || held.enquiryVersion() != enquiryVersion ? Optional.empty()
                : Optional.of(held.view().at(now));
    }

    /**
     * Holds the request as read, under a version of its enquiry read before it (so what is held is of that version or
     * a later one). Only from a transaction that changed nothing: what it read is committed.
     */
    public void hold(long requestId, long enquiryId, long enquiryVersion, AskedRequestView view) {
        inMemory.put(requestId, new Held(enquiryId, enquiryVersion, view));
    }

    /** Whether this request is held here, at whatever version. */
    public boolean holds(long requestId) {
        return inMemory.getIfPresent(requestId) != null;
    }

    /** An erased enquiry's requests leave this server's memory with it. */
    public void forget(long enquiryId) {
        inMemory.asMap().values().removeIf(held -> held.enquiryId() == enquiryId);
    }
}
