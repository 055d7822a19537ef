package uk.imap.enquiry.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.EmergencyAccess;
import uk.imap.enquiry.Enquiry;

/** R23: records, once, the end of each emergency access whose 60 minutes are over. */
@ApplicationScoped
public class EmergencyAccessExpiry {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    /** @return how many grants ended since the last run */
    @Transactional
    public int recordEnded(OffsetDateTime now) {
        List<EmergencyAccess> ended = em.createQuery("SELECT a FROM EmergencyAccess a WHERE a.expiryRecordedAt IS NULL"
                + " AND a.expiresAt <= :now ORDER BY a.expiresAt, a.id", EmergencyAccess.class)
                .setParameter("now", now).getResultList();
        for (EmergencyAccess access : ended) {
            access.expiryRecorded(now);
            Enquiry enquiry = em.find(Enquiry.class, access.enquiryId());
            auditTrail.record(AuditAction.EMERGENCY_ACCESS_EXPIRED, RecordType.ENQUIRY,
                    enquiry.reference().value(), "emergency access of " + access.username() + " ended");
        }
        return ended.size();
    }
}
