package uk.imap.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.imap.access.Roles;

/**
 * R19: verifies the whole audit chain from the database, a page at a time in position order, so memory stays the
 * same however long the chain grows. The head is read first; events appended meanwhile are left to the next run.
 */
@Stateless
public class AuditVerification {

    static final int PAGE = 1000;

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed(Roles.AUDITOR)
    public ChainVerification.Result verify() {
        ChainHead head = em.find(ChainHead.class, ChainHead.THE_HEAD);
        long headPosition = head.position();
        String headHash = head.hash();
        ChainVerification verification = new ChainVerification();
        long after = 0;
        while (true) {
            List<AuditEvent> page = em.createQuery("SELECT a FROM AuditEvent a WHERE a.position > :after"
                            + " AND a.position <= :head ORDER BY a.position", AuditEvent.class)
                    .setParameter("after", after).setParameter("head", headPosition).setMaxResults(PAGE)
                    .getResultList();
            page.forEach(verification::check);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).position();
            // Constant memory: what was checked leaves the persistence context.
            em.clear();
        }
        ChainVerification.Result result = verification.finish(headPosition, headHash);
        auditTrail.record(AuditAction.AUDIT_CHAIN_VERIFIED, null, null,
                result.valid() ? "valid" : "first mismatch at " + result.firstMismatch().position());
        return result;
    }
}
