package uk.imap.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.imap.access.Roles;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.Priority;
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** R15: the hours agencies have to answer, by RAG priority, as administrators set them. */
@Stateless
public class ResponseTimeSettings {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PRACTITIONER, Roles.MANAGER})
    public Map<Priority, Integer> hours() {
        return em.createQuery("SELECT r FROM ResponseTime r", ResponseTime.class).getResultStream()
                .collect(Collectors.toMap(ResponseTime::priority, ResponseTime::hours, (a, b) -> a,
                        () -> new EnumMap<>(Priority.class)));
    }

    /**
     * Changes the response times; requests already sent keep their due times.
     *
     * @throws InvalidInput naming each priority without a whole number of hours from 1 to 720
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Map<Priority, Integer> change(Map<Priority, Integer> hours) {
        List<FieldProblem> problems = Priority.hoursProblems(hours, 720, "for");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        for (ResponseTime time : em.createQuery("SELECT r FROM ResponseTime r", ResponseTime.class).getResultList()) {
            time.change(hours.get(time.priority()));
        }
        auditTrail.record(AuditAction.RESPONSE_TIMES_CHANGED, RecordType.RESPONSE_TIMES, null);
        return hours();
    }
}
