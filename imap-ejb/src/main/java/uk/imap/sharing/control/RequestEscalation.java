package uk.imap.sharing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.sharing.Agency;
import uk.imap.sharing.InformationRequest;
import uk.imap.sharing.RequestNotice;
import uk.imap.sharing.RequestStatus;

/** R15: tells each agency's shared mailbox, once, of each request to it that has passed its due time. */
@ApplicationScoped
public class RequestEscalation {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Event<RequestNotice> notices;

    /**
     * Marks every request overdue at {@code now} whose mailbox was not yet told, with an audit event each; the mail
     * goes once this commits.
     *
     * @return how many requests became overdue since the last run
     */
    @Transactional
    public int escalate(OffsetDateTime now) {
        List<InformationRequest> overdue = em.createQuery("SELECT r FROM InformationRequest r WHERE r.status = :sent"
                        + " AND r.dueAt < :now AND r.overdueNotifiedAt IS NULL ORDER BY r.dueAt, r.id",
                        InformationRequest.class)
                .setParameter("sent", RequestStatus.SENT).setParameter("now", now).getResultList();
        for (InformationRequest request : overdue) {
            request.overdueNoticeSent(now);
            auditTrail.record(AuditAction.REQUEST_OVERDUE_NOTIFIED, RecordType.INFORMATION_REQUEST,
                    String.valueOf(request.id()));
            notices.fire(new RequestNotice(RequestNotice.Kind.OVERDUE, request.id(),
                    request.enquiry().reference().value(), request.agency(),
                    em.find(Agency.class, request.agency()).sharedMailbox(), request.dueAt()));
        }
        return overdue.size();
    }
}
