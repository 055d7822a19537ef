package uk.imap.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.wildfly.security.auth.server.RealmIdentity;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.authz.Attributes;
import uk.imap.access.Roles;
import uk.imap.access.StaffMember;

/**
 * Looks people up in the identity store the server really uses (the Elytron realm behind the security domain), so
 * that an enquiry is handed only to someone who exists there and holds a hub role.
 */
@ApplicationScoped
public class StaffDirectory {

    /** The person with this user name as the realm describes them, or empty when there is none. */
    public Optional<StaffMember> find(String username) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null || username == null || username.isBlank()) {
            return Optional.empty();
        }
        RealmIdentity identity = null;
        try {
            identity = domain.getIdentity(username.strip());
            if (!identity.exists()) {
                return Optional.empty();
            }
            Attributes attributes = identity.getAuthorizationIdentity().getAttributes();
            Set<String> roles = new HashSet<>();
            attributes.get("Roles").forEach(role -> {
                if (Roles.ALL.contains(role)) {
                    roles.add(role);
                }
            });
            return Optional.of(new StaffMember(username.strip(), roles, attributes.getFirst(SignedIn.AGENCY),
                    attributes.getFirst(SignedIn.TEAM), Set.copyOf(attributes.get(SignedIn.TEAM))));
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The identity store cannot be read", e);
        } finally {
            if (identity != null) {
                identity.dispose();
            }
        }
    }
}
