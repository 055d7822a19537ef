package uk.imap.sharing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import uk.imap.access.Roles;
import uk.imap.admin.control.ReferenceNames;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.shared.InvalidInput;

/** The maintained lists a request draws on: partner agencies and legal gateways (R10). */
@Stateless
public class Agencies {

    /** An entry's code and the name people read. */
    public record Choice(String code, String displayName) implements Serializable {
    }

    /** An agency as administrators see it, with its shared mailbox. */
    public record Entry(String code, String displayName, String sharedMailbox, boolean active) {
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ReferenceNames names;

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
        Agency agency = known(code);
        agency.changeMailbox(mailbox);
        auditTrail.record(AuditAction.AGENCY_MAILBOX_CHANGED, RecordType.AGENCY, code);
        return entry(agency);
    }

    /**
     * Adds a partner agency, last in the list, with its shared mailbox; it can be asked at once.
     *
     * @throws InvalidInput when the code is taken or malformed, the name missing or the mailbox not an address
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Entry add(String code, String displayName, String mailbox) {
        if (code != null && em.find(Agency.class, code) != null) {
            throw new InvalidInput("code", "There is already an agency with the code " + code + ".");
        }
        Integer last = em.createQuery("SELECT MAX(a.ordinal) FROM Agency a", Integer.class).getSingleResult();
        Agency agency = new Agency(code, displayName, last == null ? 1 : last + 1, mailbox);
        em.persist(agency);
        names.changed(Agency.class);
        auditTrail.record(AuditAction.REFERENCE_ENTRY_ADDED, RecordType.AGENCY, agency.code(), agency.displayName());
        return entry(agency);
    }

    /**
     * Renames an agency and retires or restores it, and sets its mailbox (null keeps it), in one change, each part
     * that changes an audit event. A retired agency cannot be asked in new requests; what it answered, and the
     * accounts of its officers, stay as they are.
     */
    @RolesAllowed(Roles.ADMINISTRATOR)
    public Entry change(String code, String displayName, boolean active, String mailbox) {
        Agency agency = known(code);
        if (!Objects.equals(displayName, agency.displayName()) || active != agency.isActive()) {
            agency.change(displayName, active);
            names.changed(Agency.class);
            auditTrail.record(AuditAction.REFERENCE_ENTRY_CHANGED, RecordType.AGENCY, code,
                    agency.displayName() + (active ? "" : " (retired)"));
        }
        if (mailbox != null && !mailbox.strip().equals(agency.sharedMailbox())) {
            agency.changeMailbox(mailbox);
            auditTrail.record(AuditAction.AGENCY_MAILBOX_CHANGED, RecordType.AGENCY, code);
        }
        return entry(agency);
    }

    private Agency known(String code) {
        Agency agency = code == null ? null : em.find(Agency.class, code);
        if (agency == null) {
            throw new InvalidInput("code", "There is no agency with this code");
        }
        return agency;
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
        return names.of(Agency.class);
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
        return names.of(LegalGateway.class);
    }
}
