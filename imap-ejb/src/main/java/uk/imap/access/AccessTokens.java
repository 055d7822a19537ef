package uk.imap.access;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import uk.imap.access.control.BearerTokens;
import uk.imap.access.control.SignedIn;
import uk.imap.audit.AuditAction;
import uk.imap.audit.RecordType;
import uk.imap.audit.control.AuditTrail;

/** Access tokens for partner systems: issued to a caller who proved who they are, each issue audited. */
@Stateless
public class AccessTokens {

    @Inject
    SignedIn signedIn;

    @Inject
    BearerTokens bearerTokens;

    @Inject
    AuditTrail auditTrail;

    /** A token for the caller's own account; the audit event names its expiry, never the token. */
    @RolesAllowed({Roles.PRACTITIONER, Roles.AGENCY_RESPONDER, Roles.MANAGER, Roles.CALDICOTT_GUARDIAN,
            Roles.AUDITOR, Roles.ADMINISTRATOR})
    public AccessToken issue() {
        String username = signedIn.member().username();
        AccessToken token = bearerTokens.issue(username);
        auditTrail.record(AuditAction.TOKEN_ISSUED, RecordType.USER, username, "expires " + token.expiresAt());
        return token;
    }
}
