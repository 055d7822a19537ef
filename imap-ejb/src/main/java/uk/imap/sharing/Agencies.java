package uk.imap.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.imap.access.Roles;
import uk.imap.audit.AuditAction;
import uk.imap.audit.AuditTrail;
import uk.imap.shared.InvalidInput;

/** The maintained lists a request draws on: partner agencies and legal gateways (R10). */
@Stateless
public class Agencies {

    /** An entry's code and the name people read. */
    public record Choice(String code, String displayName) {
    }

    /** An agency as administrators see it, with its shared mailbox. */
    public record Entry(String code, String displayName, String sharedMailbox, boolean active) {
    }

    static final String RECORD_TYPE = "Agency";

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Entry> all() {
        return em.createQuery("SELECT a FROM Agency a ORDER BY a.ordinal", Agency.class).getResultStream()
                .map(Agencies::entry).toList();
    }

    /**
     * Sets the shared mailbox told of each request to the agency and each that becomes overdue.
     *
     * @throws InvalidInput when the agency is unknown or the address is not one
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Entry changeMailbox(String code, String mailbox) {
        Agency agency = code == null ? null : em.find(Agency.class, code);
        if (agency == null) {
            throw new InvalidInput("code", "There is no agency with this code");
        }
        if (mailbox == null || !mailbox.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || mailbox.length() > 254) {
            throw new InvalidInput("sharedMailbox", "Give the agency's shared mailbox as an email address");
        }
        agency.changeMailbox(mailbox.strip());
        auditTrail.record(AuditAction.AGENCY_MAILBOX_CHANGED, RECORD_TYPE, code);
        return entry(agency);
    }

    private static Entry entry(Agency agency) {
        return new Entry(agency.code(), agency.displayName(), agency.sharedMailbox(), agency.isActive());
    }

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
