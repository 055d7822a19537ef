package uk.imap.enquiry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.transaction.RollbackException;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.wildfly.security.auth.server.SecurityIdentity;
import uk.imap.Deployments;
import uk.imap.SignedInAs;
import uk.imap.audit.control.AuditSequencer;
import uk.imap.casefile.EnquiryView;

/**
 * R18: a failure at the very moment of commit (forced by a participant of the real transaction that fails as the
 * transaction manager prepares to commit, after the change and its event were flushed) leaves neither the change
 * nor its event, and the audit chain's head on the last event stored.
 */
@ExtendWith(ArquillianExtension.class)
class CommitFailureIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.imapWithTests(CommitFailureIT.class, EnquiriesIT.class);
    }

    @Inject
    Enquiries enquiries;

    @Resource
    UserTransaction transaction;

    @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
    TransactionSynchronizationRegistry registry;

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Inject
    AuditSequencer sequencer;

    @Test
    @DisplayName("R18 a commit that fails leaves neither the enquiry nor its event, and the chain's head on a stored event")
    void failureAtCommitLeavesNothing() throws Exception {
        SecurityIdentity sam = SignedInAs.identity("prac.sam");
        long enquiriesBefore = count("SELECT COUNT(*) FROM enquiry");

        transaction.begin();
        Callable<EnquiryView> draft = () -> enquiries.draft(EnquiriesIT.intake("Lost at commit"));
        EnquiryView drafted = sam.runAs(draft);
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                throw new IllegalStateException("forced failure at commit");
            }

            @Override
            public void afterCompletion(int status) {
                // nothing to undo: the transaction manager rolls back
            }
        });
        assertThrows(RollbackException.class, transaction::commit);

        assertEquals(0, count("SELECT COUNT(*) FROM enquiry WHERE reference = '" + drafted.reference() + "'"));
        assertEquals(0, count("SELECT COUNT(*) FROM audit_event WHERE record_id = '" + drafted.reference() + "'"));
        assertEquals(enquiriesBefore, count("SELECT COUNT(*) FROM enquiry"));
        // The head never names an event that is not stored (timers may have appended since, never past it).
        assertEquals(count("SELECT MAX(position) FROM audit_event"), count("SELECT position FROM audit_chain_head"));
    }

    private long count(String sql) throws Exception {
        // Events reach the chain about a second after their commit: place what waits before counting.
        sequencer.catchUp();
        try (Connection c = database.getConnection(); PreparedStatement query = c.prepareStatement(sql);
             ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
