package uk.imap.enquiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.imap.access.Roles;

/** The maintained list of concern categories, for the intake form. */
@Stateless
public class ConcernCategories {

    /** A category's code and the name people read. */
    public record Choice(String code, String displayName) {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<Choice> active() {
        return em.createQuery("SELECT c FROM ConcernCategory c WHERE c.active = TRUE ORDER BY c.ordinal",
                        ConcernCategory.class)
                .getResultStream().map(c -> new Choice(c.code(), c.displayName())).toList();
    }
}
