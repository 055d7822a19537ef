package uk.imap.audit.control;

import jakarta.persistence.EntityManager;
import uk.imap.access.StaffMember;

/** The audit trail writing into a test's own entity manager, as this member, for tests without a server. */
public final class TrailOutsideTheServer {

    private TrailOutsideTheServer() {
    }

    public static AuditTrail of(EntityManager entities, StaffMember member) {
        AuditTrail trail = new AuditTrail();
        trail.em = entities;
        trail.acting = () -> member;
        trail.origin = new RequestOrigin();
        return trail;
    }
}
