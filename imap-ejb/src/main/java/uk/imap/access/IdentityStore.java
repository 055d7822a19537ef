package uk.imap.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.as.server.CurrentServiceContainer;
import org.jboss.msc.service.ServiceController;
import org.jboss.msc.service.ServiceName;
import org.wildfly.security.auth.server.ModifiableRealmIdentity;
import org.wildfly.security.auth.server.ModifiableSecurityRealm;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.Attributes;

/**
 * Every identity of the Elytron realm the server really authenticates against (R20), read through the server's own
 * realm service, never from a copy in the application's tables. The realm is named by {@code imap.security.realm}
 * (or IMAP_SECURITY_REALM), by default the filesystem realm {@code ImapRealm} that {@code configure-security.cli}
 * creates; it must be one that can list its identities (filesystem, LDAP).
 */
@ApplicationScoped
public class IdentityStore {

    /** One identity as the realm holds it: its roles, including any the application does not know. */
    public record Identity(String username, Set<String> roles, String agency, Set<String> teams) {
    }

    /** The realm's name, for the report's heading. */
    public String realmName() {
        String configured = System.getProperty("imap.security.realm", System.getenv("IMAP_SECURITY_REALM"));
        return configured == null || configured.isBlank() ? "ImapRealm" : configured.strip();
    }

    /** Everyone in the realm, by user name. */
    public List<Identity> everyone() {
        ModifiableSecurityRealm realm = realm();
        List<Identity> identities = new ArrayList<>();
        try {
            Iterator<ModifiableRealmIdentity> iterator = realm.getRealmIdentityIterator();
            while (iterator.hasNext()) {
                ModifiableRealmIdentity identity = iterator.next();
                try {
                    Attributes attributes = identity.getAuthorizationIdentity().getAttributes();
                    identities.add(new Identity(identity.getRealmIdentityPrincipal().getName(),
                            new TreeSet<>(attributes.get("Roles")), attributes.getFirst(SignedIn.AGENCY),
                            new TreeSet<>(attributes.get(SignedIn.TEAM))));
                } finally {
                    identity.dispose();
                }
            }
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The identity store cannot be read", e);
        }
        identities.sort(Comparator.comparing(Identity::username));
        return identities;
    }

    private ModifiableSecurityRealm realm() {
        ServiceController<?> service = CurrentServiceContainer.getServiceContainer()
                .getService(ServiceName.parse("org.wildfly.security.security-realm." + realmName()));
        if (service == null) {
            throw new IllegalStateException("The server has no security realm called " + realmName());
        }
        SecurityRealm realm = (SecurityRealm) service.getValue();
        if (!(realm instanceof ModifiableSecurityRealm modifiable)) {
            throw new IllegalStateException("The realm " + realmName() + " cannot list its identities");
        }
        return modifiable;
    }
}
