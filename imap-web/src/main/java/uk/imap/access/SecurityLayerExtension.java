package uk.imap.access;

import io.undertow.server.handlers.SameSiteCookieHandler;
import io.undertow.server.handlers.SecureCookieHandler;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Joins IMAP to the server's web security layer when it is deployed: {@link SecurityHeaders} on every answer,
 * {@link LockedAccountGate} ahead of the password check (R27), and {@link SecurityLayerEvents} for what the check
 * decided (R18).
 */
public class SecurityLayerExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addOuterHandlerChainWrapper(LockedAccountGate::new);
        // ASVS 3.4.1 and 3.4.3: the session cookie is Secure whenever the request came over HTTPS, and SameSite.
        deploymentInfo.addOuterHandlerChainWrapper(SecureCookieHandler.WRAPPER);
        deploymentInfo.addOuterHandlerChainWrapper(next -> new SameSiteCookieHandler(next, "Lax", "JSESSIONID"));
        // Added last, so outermost: the gate's own refusals carry the headers too.
        deploymentInfo.addOuterHandlerChainWrapper(SecurityHeaders::new);
        deploymentInfo.addNotificationReceiver(new SecurityLayerEvents());
    }
}
