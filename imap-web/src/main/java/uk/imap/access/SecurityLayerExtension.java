package uk.imap.access;

import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import jakarta.servlet.ServletContext;

/**
 * Joins IMAP to the server's web security layer when it is deployed: {@link LockedAccountGate} ahead of the password
 * check (R27), and {@link SecurityLayerEvents} for what the check decided (R18).
 */
public class SecurityLayerExtension implements ServletExtension {

    @Override
    public void handleDeployment(DeploymentInfo deploymentInfo, ServletContext servletContext) {
        deploymentInfo.addOuterHandlerChainWrapper(LockedAccountGate::new);
        deploymentInfo.addNotificationReceiver(new SecurityLayerEvents());
    }
}
