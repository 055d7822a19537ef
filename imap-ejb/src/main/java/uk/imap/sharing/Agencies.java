package uk.imap.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.imap.access.Roles;

/** The maintained lists a request draws on: partner agencies and legal gateways (R10). */
@Stateless
public class Agencies {

    /** An entry's code and the name people read. */
    public record Choice(String code, String displayName) {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    /** Agencies that can be asked now. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.ADMINISTRATOR})
    public List<Choice> active() {
        return em.createQuery("SELECT a FROM Agency a WHERE a.active = TRUE ORDER BY a.ordinal", Agency.class)
                .getResultStream().map(a -> new Choice(a.code(), a.displayName())).toList();
    }

    /** Every agency's name by code, retired ones too, for showing what was recorded. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.ADMINISTRATOR})
    public Map<String, String> names() {
        return em.createQuery("SELECT a FROM Agency a", Agency.class).getResultStream()
                .collect(Collectors.toMap(Agency::code, Agency::displayName));
    }

    /** Legal gateways that can be cited now. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.ADMINISTRATOR})
    public List<Choice> legalGateways() {
        return em.createQuery("SELECT g FROM LegalGateway g WHERE g.active = TRUE ORDER BY g.ordinal",
                LegalGateway.class).getResultStream().map(g -> new Choice(g.code(), g.displayName())).toList();
    }

    /** Every gateway's name by code, retired ones too. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.MANAGER, Roles.AGENCY_RESPONDER, Roles.CALDICOTT_GUARDIAN,
            Roles.ADMINISTRATOR})
    public Map<String, String> gatewayNames() {
        return em.createQuery("SELECT g FROM LegalGateway g", LegalGateway.class).getResultStream()
                .collect(Collectors.toMap(LegalGateway::code, LegalGateway::displayName));
    }
}
