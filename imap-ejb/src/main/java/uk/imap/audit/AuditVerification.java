package uk.imap.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import uk.imap.access.Roles;

/**
 * R19: verifies the whole audit chain from the database against the signed checkpoints, a page at a time in
 * position order, so memory stays the same however long the chain grows. The head is read first; events appended
 * meanwhile are left to the next run.
 */
@Stateless
public class AuditVerification {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    ChainReader reader;

    @Inject
    AuditCheckpoints checkpoints;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed(Roles.AUDITOR)
    public ChainVerification.Result verify() {
        ChainHead head = em.find(ChainHead.class, ChainHead.THE_HEAD);
        long headPosition = head.position();
        String headHash = head.hash();
        ChainVerification verification = new ChainVerification(checkpoints.lines(), checkpoints.key().publicKey());
        reader.read(0, headPosition, verification::check);
        ChainVerification.Result result = verification.finish(headPosition, headHash);
        auditTrail.record(AuditAction.AUDIT_CHAIN_VERIFIED, null, null,
                result.valid() ? "valid" : "first mismatch at " + result.firstMismatch().position());
        return result;
    }
}
