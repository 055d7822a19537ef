package uk.imap.audit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import uk.imap.access.Roles;
import uk.imap.audit.control.AuditCheckpoints;
import uk.imap.audit.control.AuditTrail;

/**
 * R19: verifies the whole audit chain from the database against the signed checkpoints, read with plain SQL a page
 * at a time in position order (as the offline verifier reads it), so memory stays the same however long the chain
 * grows. The head is read first; events appended meanwhile are left to the next run. Events are checked on a
 * managed thread while the next page is read.
 */
@Stateless
public class AuditVerification {

    @Resource(lookup = "java:jboss/datasources/ImapDS")
    DataSource database;

    @Resource
    ManagedExecutorService checking;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed(Roles.AUDITOR)
    public ChainVerification.Result verify() {
        ChainVerification.Result result;
        try (Connection connection = database.getConnection()) {
            StoredChain chain = new StoredChain(connection, checking);
            StoredChain.Head head = chain.head();
            ChainVerification verification = new ChainVerification(checkpoints.lines(),
                    checkpoints.key().publicKey());
            chain.verifyInto(verification, head.position());
            result = verification.finish(head.position(), head.hash());
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail cannot be read", e);
        }
        auditTrail.record(AuditAction.AUDIT_CHAIN_VERIFIED, null, null,
                result.valid() ? "valid" : "first mismatch at " + result.firstMismatch().position());
        return result;
    }
}
