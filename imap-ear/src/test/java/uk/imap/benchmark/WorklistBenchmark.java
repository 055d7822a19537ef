package uk.imap.benchmark;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.enquiry.Enquiries;
import uk.imap.enquiry.EnquiryStatus;
import uk.imap.enquiry.WorklistOrder;

/**
 * How long a worklist page takes with 100,000 enquiries in the database (issue: "it must stay fast with 100,000
 * enquiries"). Prints figures and asserts nothing about time: machines here are shared. Run it with
 * {@code mvn verify -pl imap-ear -am -Pbenchmark} (add {@code -Ppostgresql} for PostgreSQL).
 */
@ExtendWith(ArquillianExtension.class)
class WorklistBenchmark {

    static final int ENQUIRIES = Integer.getInteger("imap.benchmark.enquiries", 100_000);
    static final int ROUNDS = 30;
    // Far above anything the sequences hand out, and removed afterwards.
    static final long FIRST_ID = 900_000_000L;

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(WorklistBenchmark.class);
    }

    @Inject
    Enquiries enquiries;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @BeforeEach
    void fill() throws SQLException {
        long started = System.nanoTime();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        String[] statuses = {"DRAFT", "OPEN", "AWAITING_INFORMATION", "DECISION", "CLOSED"};
        try (Connection c = database.getConnection();
             PreparedStatement enquiry = c.prepareStatement("INSERT INTO enquiry (id, reference, version, status,"
                     + " source, summary, threshold, priority, owner, team, created_at, opened_at, decision_due_at,"
                     + " last_changed_by, last_changed_at) VALUES (?, ?, 1, ?, 'ANONYMOUS', 'Benchmark', 'EARLY_HELP',"
                     + " ?, ?, ?, ?, ?, ?, 'benchmark', ?)");
             PreparedStatement subject = c.prepareStatement("INSERT INTO subject (id, enquiry_id, kind, given_name,"
                     + " family_name, relationship) VALUES (?, ?, 'CHILD', 'Bench', 'Mark', 'SUBJECT')")) {
            for (int i = 0; i < ENQUIRIES; i++) {
                long id = FIRST_ID + i;
                String status = statuses[i % statuses.length];
                OffsetDateTime created = now.minusMinutes(i);
                // A quarter in hub team A (mgr.ana's), some of them prac.sam's own; the rest in other teams.
                String team = i % 4 == 0 ? "HUB_TEAM_A" : "BENCH_TEAM_" + (i % 4);
                String owner = i % 40 == 0 ? "prac.sam" : "bench.owner." + (i % 97);
                enquiry.setLong(1, id);
                enquiry.setString(2, "IMAP-1999-" + (100_000_000 + i));
                enquiry.setString(3, status);
                enquiry.setString(4, new String[] {"RED", "AMBER", "GREEN"}[i % 3]);
                enquiry.setString(5, owner);
                enquiry.setString(6, team);
                enquiry.setObject(7, created);
                enquiry.setObject(8, "DRAFT".equals(status) ? null : created);
                enquiry.setObject(9, "DRAFT".equals(status) ? null : created.plusDays(1));
                enquiry.setObject(10, created);
                enquiry.addBatch();
                subject.setLong(1, id);
                subject.setLong(2, id);
                subject.addBatch();
                if (i % 1000 == 999) {
                    enquiry.executeBatch();
                    subject.executeBatch();
                }
            }
            enquiry.executeBatch();
            subject.executeBatch();
        }
        System.out.printf("Benchmark: %,d enquiries inserted in %,d ms%n", ENQUIRIES,
                (System.nanoTime() - started) / 1_000_000);
    }

    @AfterEach
    void empty() throws SQLException {
        try (Connection c = database.getConnection(); Statement delete = c.createStatement()) {
            delete.executeUpdate("DELETE FROM subject WHERE enquiry_id >= " + FIRST_ID);
            delete.executeUpdate("DELETE FROM enquiry WHERE id >= " + FIRST_ID);
        }
    }

    @Test
    void worklistPages() throws Exception {
        measure("manager, due soonest first, page 1 of 25", "mgr.ana",
                () -> enquiries.worklist(null, false, WorklistOrder.DUE_FIRST, 0, 25));
        measure("manager, newest first, page 100 of 25", "mgr.ana",
                () -> enquiries.worklist(null, false, WorklistOrder.NEWEST, 99, 25));
        measure("manager, overdue only, red first", "mgr.ana",
                () -> enquiries.worklist(null, true, WorklistOrder.PRIORITY, 0, 25));
        measure("manager, status OPEN", "mgr.ana",
                () -> enquiries.worklist(EnquiryStatus.OPEN, false, WorklistOrder.DUE_FIRST, 0, 25));
        measure("practitioner, due soonest first", "prac.sam",
                () -> enquiries.worklist(null, false, WorklistOrder.DUE_FIRST, 0, 25));
        measure("practitioner, count only", "prac.sam", () -> enquiries.worklistSize(null, false));
    }

    private static void measure(String what, String user, Callable<?> page) throws Exception {
        // Signed in once: a password check (bcrypt) per round would swamp the figures.
        long[] millis = SignedInAs.call(user, () -> {
            for (int i = 0; i < 5; i++) {
                page.call();
            }
            long[] rounds = new long[ROUNDS];
            for (int i = 0; i < ROUNDS; i++) {
                long started = System.nanoTime();
                page.call();
                rounds[i] = (System.nanoTime() - started) / 1_000_000;
            }
            return rounds;
        });
        Arrays.sort(millis);
        System.out.printf("Benchmark: %-42s median %4d ms, p90 %4d ms, max %4d ms (%d rounds, %,d enquiries)%n", what,
                millis[ROUNDS / 2], millis[ROUNDS * 9 / 10], millis[ROUNDS - 1], ROUNDS, ENQUIRIES);
    }
}
