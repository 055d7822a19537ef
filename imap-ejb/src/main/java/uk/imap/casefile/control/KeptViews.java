package uk.imap.casefile.control;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.casefile.EnquiryView;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;

/**
 * Issue 16: each enquiry's view as those who see everything at the hub see it, kept in the enquiry's row with the
 * version of the enquiry it was read at. Every change to what an enquiry shows moves its version on, so a kept view
 * whose version is not the enquiry's is out of date and never used (the change's own statement clears it from the
 * row: {@code ViewClearedOnChange}); the next read builds it again and keeps it. What each reader may see is cut from
 * it at each read ({@link EnquiryView#asSeenBy}).
 */
@ApplicationScoped
public class KeptViews {

    private static final Logger LOG = Logger.getLogger(KeptViews.class.getName());

    /** Set in the integration tests: every view taken from a kept one is compared with the enquiry read as before. */
    public static final boolean COMPARED = Boolean.getBoolean("imap.kept-views.compare");

    // Only the view's own records and the plain Java types they hold are ever read back: a row altered to hold
    // anything else is refused rather than run, reported in the audit trail, and the view built afresh so the hub can
    // still open the enquiry.
    private static final ObjectInputFilter ONLY_VIEWS = ObjectInputFilter.Config.createFilter(
            "maxdepth=20;maxarray=100000;uk.imap.**;java.util.*;java.time.*;java.lang.*;!*");

    // A view kept by an earlier release whose views had other parts is out of date too, whatever its version.
    private static final int FORM = form(EnquiryView.class, new StringBuilder()).toString().hashCode();

    // Views read back from their rows, held for the reads that follow on this server: reading the row and turning it
    // back into a view was the largest part of what a read of an enquiry still cost. Only a view read from its row is
    // held (what a read builds itself could be of a change not yet committed), and it is used only at the version it
    // was kept at, so a change made through another server is never missed.
    private final Cache<Long, EnquiryView> inMemory = Caffeine.newBuilder()
            .maximumSize(Long.getLong("imap.kept-views.in-memory", 5_000)).build();

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    /** The view kept at the enquiry's present version, if there is one. */
    public Optional<EnquiryView> of(Enquiry enquiry) {
        return of(enquiry.id(), enquiry.version(), enquiry.reference().value());
    }

    /**
     * The view kept at the present version of the enquiry with this reference, if there is one, without loading the
     * enquiry: its id and version are all that is read of it. Never of a disposed enquiry.
     */
    public Optional<EnquiryView> of(EnquiryReference reference) {
        List<Object[]> present = em.createQuery("SELECT e.id, e.version FROM Enquiry e WHERE e.reference = :reference"
                        + " AND e.disposal.disposedAt IS NULL", Object[].class)
                .setParameter("reference", reference).getResultList();
        return present.isEmpty() ? Optional.empty()
                : of((Long) present.get(0)[0], (Long) present.get(0)[1], reference.value());
    }

    private Optional<EnquiryView> of(long id, long version, String reference) {
        EnquiryView held = inMemory.getIfPresent(id);
        if (held != null && held.version() == version) {
            return Optional.of(held);
        }
        List<?> row = em.createNativeQuery(
                        "SELECT view_document FROM enquiry WHERE id = ?1 AND view_document_version = ?2")
                .setParameter(1, id).setParameter(2, version).getResultList();
        Optional<EnquiryView> kept = row.isEmpty() || row.get(0) == null
                ? Optional.empty() : read(id, reference, (byte[]) row.get(0));
        kept.ifPresent(view -> inMemory.put(id, view));
        return kept;
    }

    /**
     * The views kept at the present versions of these enquiries (id to version), where there are: those held in
     * memory, then the rest read from their rows in one statement.
     */
    public Map<Long, EnquiryView> of(Map<Long, Long> versions) {
        Map<Long, EnquiryView> kept = new HashMap<>();
        List<Long> toRead = new ArrayList<>();
        versions.forEach((id, version) -> {
            EnquiryView held = inMemory.getIfPresent(id);
            if (held != null && held.version() == version) {
                kept.put(id, held);
            } else {
                toRead.add(id);
            }
        });
        if (toRead.isEmpty()) {
            return kept;
        }
        String named = String.join(",", Collections.nCopies(toRead.size(), "?"));
        Query rows = em.createNativeQuery("SELECT id, view_document_version, view_document, reference FROM enquiry"
                + " WHERE view_document IS NOT NULL AND id IN (" + named + ")");
        for (int i = 0; i < toRead.size(); i++) {
            rows.setParameter(i + 1, toRead.get(i));
        }
        for (Object found : rows.getResultList()) {
            Object[] row = (Object[]) found;
            long id = ((Number) row[0]).longValue();
            if (row[1] != null && ((Number) row[1]).longValue() == versions.get(id)) {
                read(id, (String) row[3], (byte[]) row[2]).ifPresent(view -> {
                    kept.put(id, view);
                    inMemory.put(id, view);
                });
            }
        }
        return kept;
    }

    /** An erased enquiry's view leaves this server's memory with it. */
    public void forget(long enquiryId) {
        inMemory.invalidate(enquiryId);
    }

    /**
     * Keeps the view read at the enquiry's present version, unless a change committed since moved the version on (that
     * change's own first read keeps its view instead).
     */
    public EnquiryView keep(Enquiry enquiry, EnquiryView inFull) {
        em.createNativeQuery("UPDATE enquiry SET view_document = ?1, view_document_version = ?2"
                        + " WHERE id = ?3 AND version = ?2")
                .setParameter(1, written(inFull)).setParameter(2, enquiry.version()).setParameter(3, enquiry.id())
                .executeUpdate();
        return inFull;
    }

    /**
     * The proof that every change moves an enquiry's version on, where the tests ask for it: a view taken from a
     * kept one must equal the view read as before.
     *
     * @throws IllegalStateException naming the parts that differ, never their content (the server's log is no place
     *                               for what an enquiry holds)
     */
    public static void requireSame(EnquiryView fromKept, EnquiryView read) {
        if (!read.equals(fromKept)) {
            List<String> parts = Arrays.stream(EnquiryView.class.getRecordComponents())
                    .filter(part -> !Objects.equals(value(part, fromKept), value(part, read)))
                    .map(RecordComponent::getName).toList();
            throw new IllegalStateException("The kept view of " + read.reference()
                    + " differs from the enquiry as read in " + parts);
        }
    }

    private static Object value(RecordComponent part, EnquiryView view) {
        try {
            return part.getAccessor().invoke(view);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] written(EnquiryView view) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeInt(FORM);
            out.writeObject(view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private Optional<EnquiryView> read(long enquiryId, String reference, byte[] kept) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(kept))) {
            in.setObjectInputFilter(ONLY_VIEWS);
            return in.readInt() == FORM ? Optional.of((EnquiryView) in.readObject()) : Optional.empty();
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            refused(enquiryId, reference, kept, e);
            return Optional.empty();
        }
    }

    /*
     * Only IMAP writes these bytes, whole, in the enquiry's own row: anything unreadable was put there. The auditors
     * see it in the trail, with a digest of what was found to match against a backup; the row is cleared in the same
     * transaction, so a list that reads it again reports nothing twice and the next opening keeps a view afresh.
     */
    private void refused(long enquiryId, String reference, byte[] kept, Exception why) {
        LOG.log(Level.SEVERE, "Possible tampering: enquiry " + enquiryId + "'s kept view holds what no view holds;"
                + " refused and built afresh", why);
        auditTrail.recordRefusal(AuditAction.KEPT_VIEW_REFUSED, RecordType.ENQUIRY, reference,
                "kept view unreadable (" + why.getClass().getSimpleName() + "); SHA-256 of what was found "
                        + sha256(kept));
        em.createNativeQuery("UPDATE enquiry SET view_document = NULL WHERE id = ?1")
                .setParameter(1, enquiryId).executeUpdate();
        inMemory.invalidate(enquiryId);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    /** The names and types of a view's parts, and of the parts of every record among them, in order. */
    static StringBuilder form(Class<?> type, StringBuilder form) {
        form.append(type.getName()).append('(');
        for (RecordComponent component : type.getRecordComponents()) {
            form.append(component.getName()).append(':').append(component.getGenericType().getTypeName()).append(',');
            Type generic = component.getGenericType();
            List<Type> types = generic instanceof ParameterizedType parameterized
                    ? List.of(parameterized.getActualTypeArguments()) : List.of(generic);
            types.stream().filter(t -> t instanceof Class<?> c && c.isRecord() && c != type)
                    .forEach(t -> form((Class<?>) t, form));
        }
        return form.append(')');
    }
}
