package uk.imap.admin.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import uk.imap.shared.MaintainedEntry;

/**
 * The display names of a reference list's entries by code (agencies, legal gateways, concern categories), retired
 * ones too, held on this server. Every page that shows a recorded code asked for them afresh, each list in a
 * transaction of its own: three on an enquiry page, a dozen round trips to the database for names that change a few
 * times a year. A change made on this server shows at once; one made on another server of a cluster within
 * {@link #HELD}. Only names are held: what may be chosen now is always read afresh, and the services check it.
 */
@ApplicationScoped
public class ReferenceNames {

    static final Duration HELD = Duration.ofSeconds(30);

    private final Cache<Class<?>, Map<String, String>> held = Caffeine.newBuilder().expireAfterWrite(HELD).build();

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Resource(lookup = "java:jboss/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry transactions;

    public Map<String, String> of(Class<? extends MaintainedEntry> list) {
        return held.get(list, this::read);
    }

    /**
     * Forgets the list's names now and again when the changing transaction ends: a page reading them in between would
     * otherwise hold the names from before the change for {@link #HELD}.
     */
    public void changed(Class<? extends MaintainedEntry> list) {
        held.invalidate(list);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                held.invalidate(list);
            }
        });
    }

    private Map<String, String> read(Class<?> list) {
        return Map.copyOf(em.createQuery("SELECT e FROM " + list.getSimpleName() + " e", MaintainedEntry.class)
                .getResultStream().collect(Collectors.toMap(MaintainedEntry::code, MaintainedEntry::displayName)));
    }
}
