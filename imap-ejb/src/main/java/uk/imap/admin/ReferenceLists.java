package uk.imap.admin;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import uk.imap.access.Roles;
import uk.imap.admin.control.ReferenceNames;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;
import uk.imap.enquiry.ConcernCategory;
import uk.imap.shared.InvalidInput;
import uk.imap.shared.MaintainedEntry;
import uk.imap.sharing.LegalGateway;

/**
 * Administrators keep the legal gateways requests cite (R10) and the concern categories enquiries use: add an
 * entry, rename it, retire or restore it. Entries are never deleted, so what was recorded with them still reads.
 * Every change is an audit event and shows in the privileged-changes report.
 */
@Stateless
public class ReferenceLists {

    /** An entry as administrators see it. */
    public record Entry(String code, String displayName, boolean active) {

        static Entry of(MaintainedEntry entry) {
            return new Entry(entry.code(), entry.displayName(), entry.isActive());
        }
    }

    @PersistenceContext(unitName = "imap")
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    ReferenceNames names;

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Entry> legalGateways() {
        return all(LegalGateway.class);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Entry addLegalGateway(String code, String displayName) {
        return add(LegalGateway.class, code, displayName, LegalGateway::new);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Entry changeLegalGateway(String code, String displayName, boolean active) {
        return change(LegalGateway.class, code, displayName, active);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public List<Entry> concernCategories() {
        return all(ConcernCategory.class);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Entry addConcernCategory(String code, String displayName) {
        return add(ConcernCategory.class, code, displayName, ConcernCategory::new);
    }

    @RolesAllowed(Roles.ADMINISTRATOR)
    public Entry changeConcernCategory(String code, String displayName, boolean active) {
        return change(ConcernCategory.class, code, displayName, active);
    }

    private <T extends MaintainedEntry> List<Entry> all(Class<T> type) {
        return em.createQuery("SELECT e FROM " + type.getSimpleName() + " e ORDER BY e.ordinal", type)
                .getResultStream().map(Entry::of).toList();
    }

    private <T extends MaintainedEntry> Entry add(Class<T> type, String code, String displayName,
                                                  Creation<T> creation) {
        if (code != null && em.find(type, code) != null) {
            throw new InvalidInput("code", "There is already an entry with the code " + code + ".");
        }
        Integer last = em.createQuery("SELECT MAX(e.ordinal) FROM " + type.getSimpleName() + " e", Integer.class)
                .getSingleResult();
        T entry = creation.apply(code, displayName, last == null ? 1 : last + 1);
        em.persist(entry);
        names.changed(type);
        auditTrail.record(AuditAction.REFERENCE_ENTRY_ADDED, RecordType.named(type.getSimpleName()), entry.code(),
                entry.displayName());
        return Entry.of(entry);
    }

    private <T extends MaintainedEntry> Entry change(Class<T> type, String code, String displayName,
                                                     boolean active) {
        T entry = code == null ? null : em.find(type, code);
        if (entry == null) {
            throw new InvalidInput("code", "There is no entry with the code " + code + ".");
        }
        entry.change(displayName, active);
        names.changed(type);
        auditTrail.record(AuditAction.REFERENCE_ENTRY_CHANGED, RecordType.named(type.getSimpleName()), code,
                entry.displayName() + (active ? "" : " (retired)"));
        return Entry.of(entry);
    }

    @FunctionalInterface
    interface Creation<T> {
        T apply(String code, String displayName, int ordinal);
    }
}
