package uk.imap.casefile.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.audit.control.TrailOutsideTheServer;
import uk.imap.calendar.WorkingCalendar;
import uk.imap.casefile.EnquiryView;
import uk.imap.enquiry.Assignment;
import uk.imap.enquiry.DecisionClock;
import uk.imap.enquiry.Enquiry;
import uk.imap.enquiry.EnquiryReference;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;
import uk.imap.schema.control.OutsideTheServer;

/**
 * Issue 16: an enquiry's kept view is used only at the version it was read at, and only what a view holds is ever
 * read back from its row; on a real database, through IMAP's own migrations.
 */
class KeptViewsTest {

    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
    private static final StaffMember OWNER = new StaffMember("prac.owner", Set.of(Roles.PRACTITIONER),
            "CHILDRENS_SOCIAL_CARE", "HUB_TEAM_A");

    private static EntityManagerFactory database;

    @BeforeAll
    static void openDatabase() {
        database = OutsideTheServer.persistenceUnit("kept-views");
    }

    @AfterAll
    static void closeDatabase() {
        database.close();
    }

    @Test
    @DisplayName("a view kept at the enquiry's version is read back whole; after a change it is out of date")
    void keptUntilTheEnquiryChanges() {
        long id = stored(1);

        EnquiryView kept = inTransaction(entities -> {
            Enquiry enquiry = entities.find(Enquiry.class, id);
            assertEquals(Optional.empty(), views(entities).of(enquiry), "nothing kept yet");
            return views(entities).keep(enquiry, EnquiryView.of(enquiry, AT, 0, List.of()));
        });
        assertEquals(Optional.of(kept), keptNow(id));

        leeAdded(id);
        assertEquals(Optional.empty(), keptNow(id),
                "the enquiry changed since the view was kept");
        assertEquals(List.of(true), inTransaction(entities -> entities.createNativeQuery(
                        "SELECT view_document IS NULL FROM enquiry WHERE id = ?1").setParameter(1, id).getResultList()),
                "the view out of date is not held either: cleared by the change's own statement");
    }

    @Test
    @DisplayName("a view read back is held in memory for the next read at the same version, and no further")
    void heldInMemoryAtItsVersion() {
        long id = stored(4);
        EnquiryView kept = inTransaction(entities -> views(entities).keep(entities.find(Enquiry.class, id),
                EnquiryView.of(entities.find(Enquiry.class, id), AT, 0, List.of())));
        assertEquals(Optional.of(kept), keptNow(id));
        inTransaction(entities -> entities.createNativeQuery("UPDATE enquiry SET view_document = NULL WHERE id = ?1")
                .setParameter(1, id).executeUpdate());

        assertEquals(Optional.of(kept), keptNow(id),
                "from memory: the row no longer holds it");
        leeAdded(id);
        assertEquals(Optional.empty(), keptNow(id),
                "not at the enquiry's new version");
    }

    @Test
    @DisplayName("a read keeping its view while a change commits waits, keeps nothing, and loses nothing of the change")
    void aChangeCommittingMeanwhileWins() throws Exception {
        long id = stored(2);
        EntityManager change = database.createEntityManager();
        EntityManager read = database.createEntityManager();
        ExecutorService reader = Executors.newSingleThreadExecutor();
        try {
            read.getTransaction().begin();
            Enquiry readBefore = read.find(Enquiry.class, id);
            EnquiryView view = EnquiryView.of(readBefore, AT, 0, List.of());
            change.getTransaction().begin();
            change.find(Enquiry.class, id).assign(Assignment.ADD, "prac.lee", "Knows the family", OWNER, AT);
            change.flush();
            Future<?> keeping = reader.submit(() -> {
                views(read).keep(readBefore, view);
                read.getTransaction().commit();
            });
            Thread.sleep(300);
            change.getTransaction().commit();
            keeping.get(30, TimeUnit.SECONDS);
        } finally {
            reader.shutdownNow();
            change.close();
            read.close();
        }
        inTransaction(entities -> {
            Enquiry enquiry = entities.find(Enquiry.class, id);
            assertEquals(Set.of("prac.lee"), enquiry.assignees(), "the change is whole");
            assertEquals(Optional.empty(), views(entities).of(enquiry), "nothing kept from before the change");
            return null;
        });
    }

    @Test
    @DisplayName("R18 a row altered to hold anything but a view is refused, not read, audited, and built afresh")
    void onlyViewsAreReadBack() throws Exception {
        long id = stored(3);
        List<String> digests = new ArrayList<>();
        List<LogRecord> reported = new ArrayList<>();
        Handler reports = new Handler() {
            @Override
            public void publish(LogRecord record) {
                reported.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger(KeptViews.class.getName()).addHandler(reports);
        try {
            for (byte[] altered : List.of(inForm(URI.create("https://example.org/")), inForm(new ArrayList<>()),
                    "not a view at all".getBytes(StandardCharsets.UTF_8))) {
                inTransaction(entities -> entities.createNativeQuery("UPDATE enquiry SET view_document = ?1,"
                                + " view_document_version = version WHERE id = ?2")
                        .setParameter(1, altered).setParameter(2, id).executeUpdate());
                digests.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(altered)));
                assertEquals(Optional.empty(), keptNow(id), "refused, as if nothing were kept");
                assertEquals(List.of(true), inTransaction(entities -> entities.createNativeQuery(
                                "SELECT view_document IS NULL FROM enquiry WHERE id = ?1").setParameter(1, id)
                        .getResultList()), "what was refused is cleared, so the next read does not meet it again");
            }
        } finally {
            Logger.getLogger(KeptViews.class.getName()).removeHandler(reports);
        }
        assertEquals(3, reported.size(), "each altered row reported");
        reported.forEach(record -> {
            assertEquals(Level.SEVERE, record.getLevel());
            assertTrue(record.getMessage().contains("tampering") && record.getMessage().contains("enquiry " + id),
                    record.getMessage());
        });
        List<?> events = inTransaction(entities -> entities.createNativeQuery("SELECT actor, outcome, record_type,"
                        + " record_id, reason FROM audit_entry WHERE action = 'KEPT_VIEW_REFUSED' ORDER BY id")
                .getResultList());
        assertEquals(3, events.size(), "each refusal is an audit event too, for auditors who read only the trail");
        for (int i = 0; i < 3; i++) {
            Object[] event = (Object[]) events.get(i);
            assertEquals(List.of("prac.owner", "DENIED", "Enquiry", "IMAP-2026-000903"),
                    List.of(event[0], event[1], event[2], event[3]));
            assertTrue(((String) event[4]).endsWith("SHA-256 of what was found " + digests.get(i)),
                    (String) event[4]);
        }

        EnquiryView afresh = inTransaction(entities -> views(entities).keep(entities.find(Enquiry.class, id),
                EnquiryView.of(entities.find(Enquiry.class, id), AT, 0, List.of())));
        assertEquals(Optional.of(afresh), keptNow(id), "the view built afresh replaces what was put there");
    }

    private static byte[] inForm(Object anything) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeInt(KeptViews.form(EnquiryView.class, new StringBuilder()).toString().hashCode());
            out.writeObject(anything);
        }
        return bytes.toByteArray();
    }

    @Test
    @DisplayName("a view's form names every part of it and of the records within it")
    void theFormCoversNestedRecords() {
        String form = KeptViews.form(EnquiryView.class, new StringBuilder()).toString();
        for (String part : List.of("requests:java.util.List<uk.imap.sharing.RequestView>",
                "uk.imap.sharing.RequestView(",
                "uk.imap.sharing.DisclosureView(", "subjects:", "consent:uk.imap.consent.ConsentView")) {
            assertTrue(form.contains(part), part + " in " + form);
        }
    }

    // One instance, as on the server, so what it holds in memory carries from one read to the next.
    private static final KeptViews VIEWS = new KeptViews();

    private static KeptViews views(EntityManager entities) {
        VIEWS.em = entities;
        VIEWS.auditTrail = TrailOutsideTheServer.of(entities, OWNER);
        return VIEWS;
    }

    private static <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager entities = database.createEntityManager();
        try {
            entities.getTransaction().begin();
            T result = work.apply(entities);
            entities.getTransaction().commit();
            return result;
        } finally {
            if (entities.getTransaction().isActive()) {
                entities.getTransaction().rollback();
            }
            entities.close();
        }
    }

    private static long stored(int number) {
        return inTransaction(entities -> {
            Enquiry enquiry = enquiry(number);
            entities.persist(enquiry);
            return enquiry;
        }).id();
    }

    private static Optional<EnquiryView> keptNow(long id) {
        return inTransaction(entities -> views(entities).of(entities.find(Enquiry.class, id)));
    }

    private static void leeAdded(long id) {
        inTransaction(entities -> {
            entities.find(Enquiry.class, id).assign(Assignment.ADD, "prac.lee", "Knows the family", OWNER, AT);
            return null;
        });
    }

    private static Enquiry enquiry(int number) {
        Intake intake = new Intake(Source.ANONYMOUS, null, "Child seen with bruises", Threshold.S47_SIGNIFICANT_HARM,
                Priority.AMBER, List.of("NEGLECT"), List.of(new SubjectDetails(SubjectKind.CHILD, "Robin", "Jones",
                LocalDate.of(2015, 6, 1), "1 High Street", Relationship.SUBJECT)));
        return Enquiry.draft(() -> EnquiryReference.of(2026, 900 + number), intake, OWNER, AT, Set.of("NEGLECT"),
                new DecisionClock(new WorkingCalendar(Set.of()), Map.of()));
    }
}
