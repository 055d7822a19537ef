package uk.imap.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.as.server.CurrentServiceContainer;
import org.jboss.msc.service.ServiceController;
import org.jboss.msc.service.ServiceName;
import org.wildfly.security.auth.principal.NamePrincipal;
import org.wildfly.security.auth.realm.FileSystemSecurityRealm;
import org.wildfly.security.auth.server.ModifiableRealmIdentity;
import org.wildfly.security.auth.server.ModifiableSecurityRealm;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityRealm;
import org.wildfly.security.authz.Attributes;
import org.wildfly.security.authz.AuthorizationIdentity;
import org.wildfly.security.authz.MapAttributes;
import org.wildfly.security.authz.RoleDecoder;
import org.wildfly.security.authz.RoleMapper;
import org.wildfly.security.credential.PasswordCredential;
import org.wildfly.security.password.PasswordFactory;
import org.wildfly.security.password.WildFlyElytronPasswordProvider;
import org.wildfly.security.password.interfaces.BCryptPassword;
import org.wildfly.security.password.spec.EncryptablePasswordSpec;
import org.wildfly.security.password.spec.IteratedSaltedPasswordAlgorithmSpec;
import uk.imap.access.AccountDetails;
import uk.imap.access.AccountView;
import uk.imap.access.NewPassword;
import uk.imap.access.Roles;

/**
 * Every identity of the Elytron realm the server really authenticates against (R20), read through the server's own
 * realm service, never from a copy in the application's tables. The realm is named by {@code imap.security.realm}
 * (or IMAP_SECURITY_REALM), by default the filesystem realm {@code ImapRealm} that {@code configure-security.cli}
 * creates; it must be one that can list its identities (filesystem, LDAP).
 */
@ApplicationScoped
public class IdentityStore {

    /** bcrypt's cost: 2^12 rounds, about a quarter of a second per check on a server of today. */
    static final int BCRYPT_COST = 12;

    /** The attribute that marks an account an administrator disabled (its password is removed too). */
    static final String STATUS = "Status";
    static final String DISABLED = "DISABLED";

    /** The realm's name, for the report's heading. */
    public String realmName() {
        return configured("imap.security.realm", "IMAP_SECURITY_REALM", "ImapRealm");
    }

    /**
     * Whether IMAP keeps the accounts itself: only in a filesystem realm. A directory (LDAP, Active Directory) is
     * the council's, and its accounts are managed there.
     */
    public boolean keepsAccounts() {
        return realm() instanceof FileSystemSecurityRealm;
    }

    /** Everyone in the realm, by user name. */
    public List<AccountView> everyone() {
        ModifiableSecurityRealm realm = realm();
        List<AccountView> identities = new ArrayList<>();
        try {
            Iterator<ModifiableRealmIdentity> iterator = realm.getRealmIdentityIterator();
            while (iterator.hasNext()) {
                ModifiableRealmIdentity identity = iterator.next();
                try {
                    identities.add(identity(identity));
                } finally {
                    identity.dispose();
                }
            }
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The identity store cannot be read", e);
        }
        identities.sort(Comparator.comparing(AccountView::username));
        return identities;
    }

    /** One identity, or empty when the realm has no such user. */
    public Optional<AccountView> find(String username) {
        ModifiableRealmIdentity identity = forUpdate(username);
        try {
            return identity.exists() ? Optional.of(identity(identity)) : Optional.empty();
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The identity store cannot be read", e);
        } finally {
            identity.dispose();
        }
    }

    /**
     * Whether a password tried for this name was never checked against a hash, because the realm kept here has no
     * such account or it is disabled: the realm answers those at once, which would tell which names exist.
     */
    public boolean answersWithoutAHash(String username) {
        if (username == null || !keepsAccounts()) {
            return false;
        }
        return find(username).map(AccountView::disabled).orElse(true);
    }

    /** Spends what checking a password against an account's bcrypt hash spends, and learns nothing from it. */
    public void spendAPasswordCheck() {
        try {
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            factory.verify(standIn(), "not the password".toCharArray());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A password check cannot be made", e);
        }
    }

    private volatile BCryptPassword standIn;

    /**
     * A hash of a password nobody knows, made once, at the cost the realm's accounts are hashed with (the first one
     * found that has a password): a stand-in cheaper or dearer than a real check would tell names apart again.
     */
    private BCryptPassword standIn() {
        if (standIn == null) {
            int cost = BCRYPT_COST;
            try {
                Iterator<ModifiableRealmIdentity> identities = realm().getRealmIdentityIterator();
                while (identities.hasNext()) {
                    ModifiableRealmIdentity identity = identities.next();
                    try {
                        PasswordCredential credential = identity.getCredential(PasswordCredential.class);
                        if (credential != null && credential.getPassword() instanceof BCryptPassword hashed) {
                            cost = hashed.getIterationCount();
                            break;
                        }
                    } finally {
                        identity.dispose();
                    }
                }
            } catch (RealmUnavailableException e) {
                throw new IllegalStateException("The identity store cannot be read", e);
            }
            standIn = bcrypt(NewPassword.of(java.util.UUID.randomUUID().toString(), null), cost);
        }
        return standIn;
    }

    /** Creates an account that can sign in at once with {@code password}. */
    public void create(AccountDetails details, NewPassword password) {
        change(details.username(), identity -> {
            identity.create();
            identity.setCredentials(List.of(new PasswordCredential(bcrypt(password))));
            identity.setAttributes(attributes(new MapAttributes(), details));
        });
    }

    /** Sets an account's roles, agency and teams; other attributes stay. */
    public void update(AccountDetails details) {
        change(details.username(), identity -> identity.setAttributes(
                attributes(new MapAttributes(identity.getAttributes()), details)));
    }

    /** Replaces the account's password, and enables a disabled account. */
    public void setPassword(String username, NewPassword password) {
        change(username, identity -> {
            identity.setCredentials(List.of(new PasswordCredential(bcrypt(password))));
            MapAttributes attributes = new MapAttributes(identity.getAttributes());
            attributes.remove(STATUS);
            identity.setAttributes(attributes);
        });
    }

    /** Removes the account's password, so it cannot sign in, and marks it disabled; its roles stay on record. */
    public void disable(String username) {
        change(username, identity -> {
            identity.setCredentials(List.of());
            MapAttributes attributes = new MapAttributes(identity.getAttributes());
            attributes.remove(STATUS);
            attributes.addFirst(STATUS, DISABLED);
            identity.setAttributes(attributes);
        });
    }

    private interface Change {
        void apply(ModifiableRealmIdentity identity) throws RealmUnavailableException;
    }

    private void change(String username, Change change) {
        ModifiableRealmIdentity identity = forUpdate(username);
        try {
            change.apply(identity);
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The identity store cannot be changed", e);
        } finally {
            identity.dispose();
        }
    }

    private ModifiableRealmIdentity forUpdate(String username) {
        try {
            return realm().getRealmIdentityForUpdate(new NamePrincipal(username));
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The identity store cannot be read", e);
        }
    }

    private static MapAttributes attributes(MapAttributes attributes, AccountDetails details) {
        attributes.remove("Roles");
        attributes.addAll("Roles", details.roles());
        attributes.remove(SignedIn.AGENCY);
        if (details.agency() != null) {
            attributes.addFirst(SignedIn.AGENCY, details.agency());
        }
        attributes.remove(SignedIn.TEAM);
        attributes.addAll(SignedIn.TEAM, details.teams());
        return attributes;
    }

    // A salted bcrypt hash made by Elytron, the same kind the realm's own management operations store.
    private static BCryptPassword bcrypt(NewPassword password) {
        return bcrypt(password, BCRYPT_COST);
    }

    private static BCryptPassword bcrypt(NewPassword password, int cost) {
        try {
            byte[] salt = new byte[BCryptPassword.BCRYPT_SALT_SIZE];
            new SecureRandom().nextBytes(salt);
            PasswordFactory factory = PasswordFactory.getInstance(BCryptPassword.ALGORITHM_BCRYPT,
                    WildFlyElytronPasswordProvider.getInstance());
            return (BCryptPassword) factory.generatePassword(new EncryptablePasswordSpec(password.characters(),
                    new IteratedSaltedPasswordAlgorithmSpec(cost, salt)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A password hash cannot be made", e);
        }
    }

    private AccountView identity(ModifiableRealmIdentity identity) throws RealmUnavailableException {
        Attributes attributes = identity.getAttributes();
        return new AccountView(identity.getRealmIdentityPrincipal().getName(), roles(attributes),
                attributes.getFirst(SignedIn.AGENCY), new TreeSet<>(attributes.get(SignedIn.TEAM)),
                DISABLED.equals(attributes.getFirst(STATUS)));
    }

    /**
     * The roles the server gives an identity with these attributes: decoded and mapped by the same Elytron role
     * decoder and role mapper its security domain uses (a directory's groups become IMAP's roles this way), named by
     * {@code imap.security.role-decoder} (default {@code ImapRoles}) and {@code imap.security.role-mapper} (none).
     */
    private Set<String> roles(Attributes attributes) {
        RoleDecoder decoder = service("role-decoder", configured("imap.security.role-decoder",
                "IMAP_SECURITY_ROLE_DECODER", "ImapRoles"));
        org.wildfly.security.authz.Roles roles = decoder.decodeRoles(AuthorizationIdentity.basicIdentity(attributes));
        String mapper = configured("imap.security.role-mapper", "IMAP_SECURITY_ROLE_MAPPER", null);
        if (mapper != null) {
            roles = this.<RoleMapper>service("role-mapper", mapper).mapRoles(roles);
        }
        Set<String> names = new TreeSet<>();
        roles.forEach(names::add);
        return names;
    }

    private static String configured(String property, String variable, String fallback) {
        String configured = System.getProperty(property, System.getenv(variable));
        return configured == null || configured.isBlank() ? fallback : configured.strip();
    }

    /** One of the server's Elytron components, by its capability and name. */
    @SuppressWarnings("unchecked")
    private <T> T service(String capability, String name) {
        ServiceController<?> service = CurrentServiceContainer.getServiceContainer()
                .getService(ServiceName.parse("org.wildfly.security." + capability + "." + name));
        if (service == null) {
            throw new IllegalStateException("The server has no " + capability + " called " + name);
        }
        return (T) service.getValue();
    }

    private ModifiableSecurityRealm realm() {
        SecurityRealm realm = service("security-realm", realmName());
        if (!(realm instanceof ModifiableSecurityRealm modifiable)) {
            throw new IllegalStateException("The realm " + realmName() + " cannot list its identities");
        }
        return modifiable;
    }
}
