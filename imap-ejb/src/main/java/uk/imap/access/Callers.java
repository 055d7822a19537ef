package uk.imap.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.control.AuditTrail;

/** Tells a signed-in person who the system takes them to be: GET /me and the page header. */
@Stateless
public class Callers {

    @Inject
    SignedIn signedIn;

    @Inject
    AuditTrail auditTrail;

    @RolesAllowed({Roles.PRACTITIONER, Roles.AGENCY_RESPONDER, Roles.MANAGER, Roles.CALDICOTT_GUARDIAN,
            Roles.AUDITOR, Roles.ADMINISTRATOR})
    public StaffMember current() {
        return signedIn.member();
    }

    /** Records that the caller signs out, before the session ends (R18). */
    @RolesAllowed({Roles.PRACTITIONER, Roles.AGENCY_RESPONDER, Roles.MANAGER, Roles.CALDICOTT_GUARDIAN,
            Roles.AUDITOR, Roles.ADMINISTRATOR})
    public void signingOut() {
        auditTrail.record(AuditAction.SIGNED_OUT, null, null);
    }
}
