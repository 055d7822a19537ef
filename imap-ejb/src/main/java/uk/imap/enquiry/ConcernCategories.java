package uk.imap.enquiry;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import uk.imap.access.Roles;
import uk.imap.admin.control.ReferenceNames;

/** The maintained list of concern categories, for the intake form. */
@Stateless
public class ConcernCategories {

    /** A category's code and the name people read. */
    public record Choice(String code, String displayName) implements Serializable {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    ReferenceNames names;

    /** Every category's display name by code, retired ones too, for showing what an enquiry recorded. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN})
    public Map<String, String> names() {
        return names.of(ConcernCategory.class);
    }

    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER})
    public List<Choice> active() {
        return em.createQuery("SELECT c FROM ConcernCategory c WHERE c.active = TRUE ORDER BY c.ordinal",
                        ConcernCategory.class)
                .getResultStream().map(c -> new Choice(c.code(), c.displayName())).toList();
    }
}
