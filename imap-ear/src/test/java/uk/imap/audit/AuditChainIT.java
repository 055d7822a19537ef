package uk.imap.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.enquiry.Enquiries;
import uk.imap.enquiry.Intake;
import uk.imap.enquiry.Priority;
import uk.imap.enquiry.Relationship;
import uk.imap.enquiry.Source;
import uk.imap.enquiry.SubjectDetails;
import uk.imap.enquiry.SubjectKind;
import uk.imap.enquiry.Threshold;

/**
 * R19 against the real database: each kind of tampering, made with SQL, is found at the right first position by
 * the auditor's verification; each test puts the chain back as it was.
 */
@ExtendWith(ArquillianExtension.class)
class AuditChainIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(AuditChainIT.class);
    }

    @Inject
    AuditVerification verification;

    @Inject
    Enquiries enquiries;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    ChainVerification.Result verify() throws Exception {
        return SignedInAs.call("audit.max", () -> verification.verify());
    }

    /** A few fresh events to tamper with, and the position of the newest. */
    long freshEvents() throws Exception {
        for (int i = 0; i < 3; i++) {
            SignedInAs.call("prac.sam", () -> enquiries.draft(new Intake(Source.ANONYMOUS, null, "Chain",
                    Threshold.EARLY_HELP, Priority.GREEN, List.of(), List.of(new SubjectDetails(SubjectKind.CHILD,
                    "Sam", "Lowe", null, null, Relationship.SUBJECT)))));
        }
        return single("SELECT MAX(position) FROM audit_event");
    }

    @Test
    @DisplayName("R19 the chain verifies when nothing was touched")
    void untouched() throws Exception {
        freshEvents();

        ChainVerification.Result result = verify();

        assertTrue(result.valid(), String.valueOf(result.firstMismatch()));
        assertTrue(result.eventsChecked() >= 3);
    }

    @Test
    @DisplayName("R19 a field edited in the database is MODIFIED at its position")
    void modified() throws Exception {
        long position = freshEvents() - 1;
        String actor = text("SELECT actor FROM audit_event WHERE position = " + position);
        update("UPDATE audit_event SET actor = 'someone.else' WHERE position = " + position);
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(position, mismatch.position());
            assertEquals(Tampering.MODIFIED, mismatch.kind());
        } finally {
            update("UPDATE audit_event SET actor = '" + actor + "' WHERE position = " + position);
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 a deleted event is a GAP; events removed from the end are TRUNCATED")
    void deletedAndTruncated() throws Exception {
        long last = freshEvents();
        List<Object> middle = row(last - 1);
        update("DELETE FROM audit_event WHERE position = " + (last - 1));
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(last - 1, mismatch.position());
            assertEquals(Tampering.GAP, mismatch.kind());
        } finally {
            insert(middle);
        }
        // Verifying appends an event of its own: the newest is now that one.
        long newest = single("SELECT MAX(position) FROM audit_event");
        List<Object> end = row(newest);
        update("DELETE FROM audit_event WHERE position = " + newest);
        try {
            ChainVerification.Mismatch mismatch = verify().firstMismatch();
            assertEquals(newest, mismatch.position());
            assertEquals(Tampering.TRUNCATED, mismatch.kind());
        } finally {
            insert(end);
        }
        assertTrue(verify().valid());
    }

    @Test
    @DisplayName("R19 R16 only auditors verify the chain")
    void onlyAuditorsVerify() throws Exception {
        freshEvents();
        assertTrue(verify().eventsChecked() >= 3);
        assertThrows(EJBAccessException.class, () -> SignedInAs.call("admin.eve", () -> verification.verify()));
    }

    @Test
    @DisplayName("R19 on PostgreSQL the database itself refuses UPDATE, DELETE and TRUNCATE of audit events")
    void appendOnlyOnPostgres() throws Exception {
        long last = freshEvents();
        try (Connection c = database.getConnection()) {
            if (!isPostgres(c)) {
                // H2 cannot run the triggers (documented in its V9 migration): there the chain alone reveals tampering.
                return;
            }
            for (String sql : List.of("UPDATE audit_event SET actor = 'x' WHERE position = " + last,
                    "DELETE FROM audit_event WHERE position = " + last, "TRUNCATE audit_event")) {
                SQLException refused = assertThrows(SQLException.class, () -> c.createStatement().execute(sql), sql);
                assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
            }
        }
        assertTrue(verify().valid());
    }

    /** Column names and values of one event, to put it back after a test removed it. */
    List<Object> row(long position) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(
                "SELECT * FROM audit_event WHERE position = ?")) {
            query.setLong(1, position);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                ResultSetMetaData meta = result.getMetaData();
                List<Object> values = new ArrayList<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(meta.getColumnName(i));
                    values.add(result.getObject(i));
                }
                return values;
            }
        }
    }

    void insert(List<Object> row) throws Exception {
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < row.size(); i += 2) {
            columns.add((String) row.get(i));
        }
        String sql = "INSERT INTO audit_event (" + String.join(", ", columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
        try (Connection c = database.getConnection(); PreparedStatement insert = c.prepareStatement(sql)) {
            for (int i = 1; i < row.size(); i += 2) {
                insert.setObject(i / 2 + 1, row.get(i));
            }
            insert.executeUpdate();
        }
    }

    /** Tampers as someone with the database owner's rights would: on PostgreSQL the triggers are switched off first. */
    void update(String sql) throws Exception {
        try (Connection c = database.getConnection()) {
            boolean postgres = isPostgres(c);
            if (postgres) {
                c.createStatement().execute("ALTER TABLE audit_event DISABLE TRIGGER USER");
            }
            try (PreparedStatement statement = c.prepareStatement(sql)) {
                statement.executeUpdate();
            } finally {
                if (postgres) {
                    c.createStatement().execute("ALTER TABLE audit_event ENABLE TRIGGER USER");
                }
            }
        }
    }

    static boolean isPostgres(Connection c) throws SQLException {
        return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }

    long single(String sql) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    String text(String sql) throws Exception {
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet result = query.executeQuery()) {
            result.next();
            return result.getString(1);
        }
    }
}
