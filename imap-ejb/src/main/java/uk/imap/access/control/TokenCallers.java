package uk.imap.access.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.auth.server.ServerAuthenticationContext;

/**
 * The caller a verified token names, as the server's identity store (the filesystem realm or the council's
 * directory) holds the account now: its roles, agency and teams at this moment, not when the token was issued.
 * No password is checked: the token's signature stands for it.
 */
@ApplicationScoped
public class TokenCallers {

    /** The account's identity, or empty if the store has no such account, it may not sign in, or it is disabled. */
    public Optional<SecurityIdentity> identityOf(String username) {
        SecurityDomain domain = SecurityDomain.getCurrent();
        if (domain == null) {
            return Optional.empty();
        }
        // The filesystem realm asks for a StAX factory at every load, through the thread's context class loader: the
        // application's searches the EAR and every module it depends on each time (15 % of a trivial call with a
        // token, by a recording) and finds none, so the JDK's own factory is used; the platform's finds it at once.
        Thread thread = Thread.currentThread();
        ClassLoader application = thread.getContextClassLoader();
        thread.setContextClassLoader(ClassLoader.getPlatformClassLoader());
        try {
            return loaded(domain, username);
        } finally {
            thread.setContextClassLoader(application);
        }
    }

    private static Optional<SecurityIdentity> loaded(SecurityDomain domain, String username) {
        ServerAuthenticationContext context = domain.createNewAuthenticationContext();
        try {
            context.setAuthenticationName(username);
            if (!context.exists() || !context.authorize()) {
                context.fail();
                return Optional.empty();
            }
            SecurityIdentity identity = context.getAuthorizedIdentity();
            if (IdentityStore.DISABLED.equals(identity.getAttributes().getFirst(IdentityStore.STATUS))) {
                context.fail();
                return Optional.empty();
            }
            context.succeed();
            return Optional.of(identity);
        } catch (RealmUnavailableException e) {
            throw new IllegalStateException("The identity store cannot be read", e);
        }
    }
}
