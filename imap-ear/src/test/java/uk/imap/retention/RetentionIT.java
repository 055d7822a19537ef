package uk.imap.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import uk.imap.enquiry.Enquiries;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;
import uk.imap.shared.InvalidInput;

/**
 * R33 inside the server: the disposal list, legal holds and the schedule. Enquiries closed years ago cannot be made
 * through the API, so a draft is closed in the database with a closing time in the past.
 */
@ExtendWith(ArquillianExtension.class)
class RetentionIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(RetentionIT.class);
    }

    @Inject
    Enquiries enquiries;

    @Inject
    Disposals disposals;

    @Inject
    LegalHolds holds;

    @Inject
    RetentionScheduleSettings settings;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    AuditSequencer sequencer;

    @Test
    @DisplayName("R33 past retention, an enquiry is on the list of its team's manager and the Caldicott Guardian;"
            + " not yet due, never")
    void pastRetentionListed() throws Exception {
        String due = closed("NO_FURTHER_ACTION", OffsetDateTime.now(ZoneOffset.UTC).minusYears(6).minusDays(3));
        String notYet = closed("NO_FURTHER_ACTION", OffsetDateTime.now(ZoneOffset.UTC).minusYears(6).plusDays(2));
        String kept = closed("S47_STRATEGY_DISCUSSION", OffsetDateTime.now(ZoneOffset.UTC).minusYears(7));

        List<String> managers = references("mgr.ana");
        List<String> guardians = references("cg.pat");

        assertTrue(managers.contains(due) && guardians.contains(due), managers.toString());
        assertFalse(managers.contains(notYet) || guardians.contains(notYet), "not yet due");
        assertFalse(guardians.contains(kept), "a strategy discussion is kept for 40 years");
        PastRetention shown = SignedInAs.call("cg.pat", () -> disposals.due()).stream()
                .filter(p -> p.reference().equals(due)).findFirst().orElseThrow();
        assertEquals(java.time.Period.ofYears(6), shown.scheduleEntry());
        assertTrue(shown.keptUntil().isBefore(LocalDate.now()), shown.toString());
        assertThrows(EJBAccessException.class, () -> SignedInAs.call("prac.sam", () -> disposals.due()),
                "practitioners do not decide on disposal");
        assertTrue(count("SELECT COUNT(*) FROM audit_event WHERE action = 'DISPOSALS_READ' AND actor = 'cg.pat'")
                > 0, "reading the list is audited");
    }

    @Test
    @DisplayName("R33 a legal hold takes an enquiry off the list until it is lifted; a second hold is refused")
    void legalHold() throws Exception {
        String due = closed("EARLY_HELP", OffsetDateTime.now(ZoneOffset.UTC).minusYears(10));
        assertTrue(references("mgr.ana").contains(due));

        LegalHolds.Hold hold = SignedInAs.call("mgr.ana", () -> holds.place(due, "Claim against the council"));

        assertEquals("mgr.ana", hold.placedBy());
        assertFalse(references("mgr.ana").contains(due), "held: off the list");
        assertFalse(references("cg.pat").contains(due), "held: off every list");
        InvalidInput twice = assertThrows(InvalidInput.class,
                () -> SignedInAs.call("cg.pat", () -> holds.place(due, "Inquiry")));
        assertEquals("reason", twice.problems().get(0).field());
        assertThrows(InvalidInput.class, () -> SignedInAs.call("cg.pat", () -> holds.place(due, " ")));
        assertThrows(OutsideNeedToKnow.class, () -> SignedInAs.call("mgr.ana", () -> holds.place(
                closed("EARLY_HELP", OffsetDateTime.now(ZoneOffset.UTC).minusYears(10), "prac.lee"), "Claim")),
                "a manager holds their own team's enquiries only");

        SignedInAs.call("cg.pat", () -> {
            holds.lift(due);
            return null;
        });
        assertTrue(references("mgr.ana").contains(due), "lifted: back on the list");
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'LEGAL_HOLD_ADDED' AND record_id = '"
                + due + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'LEGAL_HOLD_REMOVED' AND record_id = '"
                + due + "'"));
        assertEquals(1, count("SELECT COUNT(*) FROM legal_hold h JOIN enquiry e ON e.id = h.enquiry_id WHERE"
                + " e.reference = '" + due + "' AND h.lifted_by = 'cg.pat' AND h.reason = 'Claim against the council'"),
                "the hold's record is kept when it is lifted");
    }

    @Test
    @DisplayName("R33 R20 the schedule decides the list; changing it is an administrator's privileged change")
    void scheduleDecides() throws Exception {
        String due = closed("REFERRAL_TO_ANOTHER_SERVICE", OffsetDateTime.now(ZoneOffset.UTC).minusYears(7));
        Map<String, String> before = new LinkedHashMap<>();
        SignedInAs.call("admin.eve", () -> settings.schedule()).periods()
                .forEach((outcome, period) -> before.put(outcome.name(), period.toString()));
        Map<String, String> longer = new LinkedHashMap<>(before);
        longer.put("REFERRAL_TO_ANOTHER_SERVICE", "P8Y");
        try {
            assertTrue(references("cg.pat").contains(due));
            SignedInAs.call("admin.eve", () -> settings.change(longer));
            assertFalse(references("cg.pat").contains(due), "kept for eight years now");
            assertEquals(1, count("SELECT COUNT(*) FROM audit_event WHERE action = 'RETENTION_SCHEDULE_CHANGED'"
                    + " AND reason = 'REFERRAL_TO_ANOTHER_SERVICE " + before.get("REFERRAL_TO_ANOTHER_SERVICE")
                    + " to P8Y' AND position = (SELECT MAX(position) FROM audit_event WHERE action"
                    + " = 'RETENTION_SCHEDULE_CHANGED')"));
            Map<String, String> broken = new LinkedHashMap<>(before);
            broken.put("EARLY_HELP", "forever");
            assertThrows(InvalidInput.class, () -> SignedInAs.call("admin.eve", () -> settings.change(broken)));
            assertEquals("P8Y", SignedInAs.call("cg.pat", () -> settings.schedule()).periods().get(
                    uk.imap.enquiry.Outcome.REFERRAL_TO_ANOTHER_SERVICE).toString(), "a bad schedule changes nothing");
            assertThrows(EJBAccessException.class, () -> SignedInAs.call("cg.pat", () -> settings.change(before)));
        } finally {
            SignedInAs.call("admin.eve", () -> settings.change(before));
        }
    }

    List<String> references(String user) throws Exception {
        return SignedInAs.call(user, () -> disposals.due()).stream().map(PastRetention::reference).toList();
    }

    String closed(String outcome, OffsetDateTime at) throws Exception {
        return closed(outcome, at, "prac.sam");
    }

    /** A draft by {@code owner}, closed in the database at {@code at} with {@code outcome}. */
    String closed(String outcome, OffsetDateTime at, String owner) throws Exception {
        String reference = SignedInAs.call(owner, () -> enquiries.draft(new Intake(Source.ANONYMOUS, null,
                "Retention", Threshold.EARLY_HELP, Priority.GREEN, List.of(), List.of(new SubjectDetails(
                SubjectKind.CHILD, "Rae", "Lowe", null, null, Relationship.SUBJECT))))).reference();
        // Closed years ago, which the API cannot do; the version moves on as with any closing.
        try (Connection c = database.getConnection(); PreparedStatement close = c.prepareStatement("UPDATE enquiry"
                + " SET status = 'CLOSED', outcome = ?, outcome_reasons = 'Closed for the test', closed_at = ?,"
                + " version = version + 1 WHERE reference = ?")) {
            close.setString(1, outcome);
            close.setObject(2, at);
            close.setString(3, reference);
            assertEquals(1, close.executeUpdate());
        }
        return reference;
    }

    long count(String sql) throws Exception {
        // Events reach the chain about a second after their commit: place what waits before counting.
        sequencer.catchUp();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }
}
