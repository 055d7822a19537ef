package uk.imap.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Set;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;
import uk.imap.audit.control.Acting;

/**
 * The staff member behind the current call, as the identity store the server really uses describes it:
 * roles from the realm's role decoder, agency and team from the identity's Agency and Team attributes.
 */
@ApplicationScoped
public class SignedIn implements Acting {

    static final String AGENCY = "Agency";
    static final String TEAM = "Team";

    /** Work the server starts by itself (the overdue-request timer) acts as this member, with no roles. */
    public static final StaffMember SYSTEM = new StaffMember("system", Set.of(), null, null);

    @Override
    public StaffMember member() {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return SYSTEM;
        }
        SecurityIdentity identity = domain.getCurrentSecurityIdentity();
        Set<String> roles = new HashSet<>();
        identity.getRoles().forEach(role -> {
            if (Roles.ALL.contains(role)) {
                roles.add(role);
            }
        });
        return new StaffMember(identity.getPrincipal().getName(), roles,
                identity.getAttributes().getFirst(AGENCY), identity.getAttributes().getFirst(TEAM),
                Set.copyOf(identity.getAttributes().get(TEAM)));
    }
}
