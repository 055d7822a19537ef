package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.access.OutsideNeedToKnow;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.casefile.EnquiryView;
import uk.imap.consent.ConsentDecisions;
import uk.imap.consent.ConsentDetails;
import uk.imap.consent.ConsentGround;
import uk.imap.consent.ConsentKind;
import uk.imap.shared.InvalidInput;

/**
 * The Enquiries boundary inside the server: each change and its audit event commit together or not at all, and each
 * read's event is committed by the time the read returns, one read at a time or many at once (R18).
 */
@ExtendWith(ArquillianExtension.class)
class EnquiriesIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(EnquiriesIT.class);
    }

    @Inject
    Enquiries enquiries;

    @Inject
    ConsentDecisions consentDecisions;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    AuditSequencer sequencer;

    static Intake intake(String summary) {
        return new Intake(Source.ANONYMOUS, null, summary, Threshold.S17_CHILD_IN_NEED, Priority.RED,
                List.of("DOMESTIC_ABUSE"), List.of(new SubjectDetails(SubjectKind.CHILD, "Robin", "Jones",
                LocalDate.of(2015, 6, 1), null, Relationship.SUBJECT)));
    }

    @Test
    @DisplayName("R18 a drafted enquiry has its ENQUIRY_CREATED event, chained to the event before")
    void aCreateIsAudited() throws Exception {
        EnquiryView drafted = SignedInAs.call("prac.sam", () -> enquiries.draft(intake("Shouting heard nightly")));
        sequencer.catchUp();

        try (Connection c = database.getConnection();
             PreparedStatement query = c.prepareStatement("SELECT e.actor, e.roles, e.outcome, e.previous_hash,"
                     + " (SELECT p.hash FROM audit_event p WHERE p.position = e.position - 1)"
                     + " FROM audit_event e WHERE e.action = 'ENQUIRY_CREATED' AND e.record_id = ?")) {
            query.setString(1, drafted.reference());
            try (ResultSet event = query.executeQuery()) {
                event.next();
                assertEquals("prac.sam", event.getString(1));
                assertEquals("PRACTITIONER", event.getString(2));
                assertEquals("SUCCESS", event.getString(3));
                assertEquals(event.getString(5) == null ? "0".repeat(64) : event.getString(5), event.getString(4));
            }
        }
        assertEquals(1, count("SELECT COUNT(*) FROM enquiry WHERE reference = ?", drafted.reference()));
    }

    @Test
    @DisplayName("R18 a rolled-back create leaves neither the enquiry nor its event")
    void aRolledBackCreateLeavesNothing() throws Exception {
        transaction.begin();
        EnquiryView drafted;
        try {
            drafted = SignedInAs.call("prac.sam", () -> enquiries.draft(intake("Rolled back")));
        } finally {
            transaction.rollback();
        }

        assertEquals(0, count("SELECT COUNT(*) FROM enquiry WHERE reference = ?", drafted.reference()));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE record_id = ?", drafted.reference()));
    }

    @Test
    @DisplayName("R19 audit positions stay gapless after a rollback")
    void positionsStayGapless() throws Exception {
        transaction.begin();
        try {
            SignedInAs.call("prac.sam", () -> enquiries.draft(intake("Rolled back")));
        } finally {
            transaction.rollback();
        }
        SignedInAs.call("prac.sam", () -> enquiries.draft(intake("Kept")));

        assertEquals(count("SELECT COUNT(*) FROM audit_event"),
                count("SELECT MAX(position) FROM audit_event"));
    }

    @Test
    @DisplayName("R18 recording consent and opening each write their event; rolled back, neither change nor event stays")
    void changesAreAuditedWithTheirChange() throws Exception {
        String reference = SignedInAs.call("prac.sam", () -> enquiries.draft(intake("Changes"))).reference();
        ConsentDetails notSought = new ConsentDetails(ConsentKind.NOT_SOUGHT, null, false, false, false, false, null,
                Set.of(ConsentGround.RISK_OF_HARM), Set.of(), "Risk from the father", null, null, null, null);

        transaction.begin();
        try {
            SignedInAs.call("prac.sam", () -> consentDecisions.record(reference, notSought));
        } finally {
            transaction.rollback();
        }
        assertEquals(0, count("SELECT COUNT(*) FROM consent_decision d JOIN enquiry e ON e.id = d.enquiry_id"
                + " WHERE e.reference = ?", reference));
        assertEquals(0, events("CONSENT_RECORDED", reference));

        SignedInAs.call("prac.sam", () -> consentDecisions.record(reference, notSought));
        long version = SignedInAs.call("prac.sam", () -> enquiries.find(reference)).version();
        SignedInAs.call("prac.sam", () -> enquiries.moveTo(reference, version, EnquiryStatus.OPEN, null, null));

        assertEquals(1, events("CONSENT_RECORDED", reference));
        assertEquals(1, events("ENQUIRY_STATUS_CHANGED", reference));
        assertEquals(2, events("ENQUIRY_READ", reference) + events("ENQUIRY_CREATED", reference));
    }

    @Test
    @DisplayName("R16 R18 a read outside need to know is refused and the refusal is audited")
    void deniedReadsAreAudited() throws Exception {
        String reference = SignedInAs.call("prac.sam", () -> enquiries.draft(intake("Private"))).reference();

        assertThrows(OutsideNeedToKnow.class, () -> SignedInAs.call("prac.lee", () -> enquiries.find(reference)));

        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'ACCESS_DENIED' AND actor = 'prac.lee'"
                + " AND record_id = ?", reference));
    }

    @Test
    @DisplayName("R18 each read's event is stored when it returns, one by one and 200 at once from 20 callers")
    void eachReadIsRecordedBeforeItReturns() throws Exception {
        String reference = SignedInAs.call("prac.sam", () -> enquiries.draft(intake("Read often"))).reference();
        // The first read keeps the enquiry's view; the rest are cut from it.
        SignedInAs.call("prac.sam", () -> enquiries.find(reference));
        assertEquals(1, reads("prac.sam", reference));
        for (int i = 2; i <= 4; i++) {
            SignedInAs.call("prac.sam", () -> enquiries.find(reference));
            assertEquals(i, reads("prac.sam", reference), "stored, seen from another connection");
        }

        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String reader = i % 2 == 0 ? "prac.sam" : "mgr.ana";
                calls.add(callers.submit(() -> SignedInAs.call(reader, () -> enquiries.find(reference))));
            }
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            callers.shutdown();
        }
        assertEquals(104, reads("prac.sam", reference));
        assertEquals(100, reads("mgr.ana", reference));
    }

    private long reads(String actor, String reference) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = 'ENQUIRY_READ' AND actor = ? AND record_id = ?",
                actor, reference);
    }

    private long events(String action, String reference) throws SQLException {
        return count("SELECT COUNT(*) FROM audit_event WHERE action = '" + action + "' AND record_id = ?", reference);
    }

    @Test
    @DisplayName("R16 a caller without a permitted role is refused and nothing is created")
    void anAuditorIsRefused() throws Exception {
        long before = count("SELECT COUNT(*) FROM enquiry");

        assertThrows(EJBAccessException.class, () -> SignedInAs.call("audit.max", () -> enquiries.draft(intake("x"))));

        assertEquals(before, count("SELECT COUNT(*) FROM enquiry"));
    }

    @Test
    @DisplayName("R22 bad input changes nothing and writes no event")
    void badInputChangesNothing() throws Exception {
        long enquiriesBefore = count("SELECT COUNT(*) FROM enquiry");
        long eventsBefore = count("SELECT COUNT(*) FROM audit_event");

        InvalidInput refused = assertThrows(InvalidInput.class,
                () -> SignedInAs.call("prac.sam", () -> enquiries.draft(intake(" "))));

        assertEquals("summary", refused.problems().get(0).field());
        assertEquals(enquiriesBefore, count("SELECT COUNT(*) FROM enquiry"));
        assertEquals(eventsBefore, count("SELECT COUNT(*) FROM audit_event"));
    }

    private long count(String sql, String... parameters) throws SQLException {
        // Events reach the chain about a second after their commit: place what waits before counting. The sequencer
        // places only what is committed, so whatever it has placed by now was committed.
        sequencer.catchUp();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
