package uk.imap.enquiry;

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
import uk.imap.shared.FieldProblem;
import uk.imap.shared.InvalidInput;

/** R30: the working hours the hub has for its decision, by RAG priority, as administrators set them. */
@Stateless
public class DecisionTimeSettings {

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Roles.ADMINISTRATOR, Roles.PRACTITIONER, Roles.MANAGER})
    public Map<Priority, Integer> hours() {
        return em.createQuery("SELECT d FROM DecisionTime d", DecisionTime.class).getResultStream()
                .collect(Collectors.toMap(DecisionTime::priority, DecisionTime::hours, (a, b) -> a,
                        () -> new EnumMap<>(Priority.class)));
    }

    /**
     * Changes the decision times; enquiries already received keep their due times until their priority or time of
     * receipt is corrected.
     *
     * @throws InvalidInput naming each priority without a whole number of hours from 1 to 240
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Map<Priority, Integer> change(Map<Priority, Integer> hours) {
        List<FieldProblem> problems = Priority.hoursProblems(hours, 240, "for the hub's decision on");
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        for (DecisionTime time : em.createQuery("SELECT d FROM DecisionTime d", DecisionTime.class).getResultList()) {
            time.change(hours.get(time.priority()));
        }
        auditTrail.record(AuditAction.DECISION_TIMES_CHANGED, RecordType.DECISION_TIMES, null);
        return hours();
    }
}
