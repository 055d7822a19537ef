package uk.imap;

import java.util.concurrent.Callable;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/** Runs code inside the server as a demo user, authenticated by the realm like any sign-in. */
public final class SignedInAs {

    private SignedInAs() {
    }

    public static <T> T call(String username, Callable<T> work) throws Exception {
        return identity(username).runAs(work);
    }

    /** The demo user signed in once, for work that runs as them many times (a password check costs ~0.1 s). */
    public static SecurityIdentity identity(String username) throws Exception {
        return SecurityDomain.getCurrent()
                .authenticate(username, new PasswordGuessEvidence(Deployments.PASSWORD.toCharArray()));
    }
}
