package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
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
import uk.imap.audit.control.AuditSequencer;

/**
 * Issue 16, R18: every read of an enquiry has its event committed by the time the read returns, whether the
 * enquiry is read from its kept view or in full, one read at a time or many at once.
 */
@ExtendWith(ArquillianExtension.class)
class EnquiryReadsIT {

    private static final String READS = "SELECT COUNT(*) FROM audit_event WHERE action = 'ENQUIRY_READ' AND actor = ?"
            + " AND record_id = ?";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(EnquiryReadsIT.class, EnquiriesIT.class);
    }

    @Inject
    Enquiries enquiries;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    AuditSequencer sequencer;

    @Test
    @DisplayName("R18 each read's event is stored when it returns, one by one and 200 at once from 20 callers")
    void eachReadIsRecordedBeforeItReturns() throws Exception {
        String reference = SignedInAs.call("prac.sam", () -> enquiries.draft(EnquiriesIT.intake("Read often")))
                .reference();
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

    // The sequencer places only what is committed: whatever it has placed by now was committed.
    private long reads(String actor, String reference) throws SQLException {
        sequencer.catchUp();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(READS)) {
            query.setString(1, actor);
            query.setString(2, reference);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
